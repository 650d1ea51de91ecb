package main

import (
	"errors"
	"fmt"
)

func readLines(name string) ([]string, error) {
	if name == "" {
		return nil, errors.New("no name")
	}
	return []string{name}, nil
}

// stream closes out only when reading succeeds; on error the printer ranges forever.
func stream(name string) {
	out := make(chan string)
	defer close(out)
	go func() {
		for l := range out {
			fmt.Println(l)
		}
	}()
	lines, err := readLines(name)
	if err != nil {
		return
	}
	for _, l := range lines {
		out <- l
	}
}

func main() {
	stream("")
}
