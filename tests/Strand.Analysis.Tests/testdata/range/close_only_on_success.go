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

// stream closes out only when reading succeeded; on error the printer ranges forever.
func stream(name string) {
	out := make(chan string)
	go func() {
		for l := range out { // want "out.*\(chan-range-leak\)"
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
	close(out)
}

func main() {
	stream(os.Getenv("FILE"))
}
