package main

import (
	"fmt"
	"strings"
)

func shout(words []string) {
	lines := make(chan string)
	go func() {
		defer close(lines)
		for _, w := range words {
			lines <- strings.ToUpper(w)
		}
	}()
	go func() {
		for line := range lines {
			fmt.Println(line)
		}
	}()
}

func main() {
	shout([]string{"a", "b"})
}
