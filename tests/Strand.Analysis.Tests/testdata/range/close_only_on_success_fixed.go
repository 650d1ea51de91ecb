package main

import (
	"errors"
	"fmt"
	"os"
)

func readLines(name string) ([]string, error) {
	if name == "" {
		return nil, errors.New("no file")
	}
	return []string{"a", "b"}, nil
}

// stream closes out on every path with defer.
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
		fmt.Println(err)
		return
	}
	for _, l := range lines {
		out <- l
	}
}

func main() {
	stream(os.Getenv("FILE"))
}
