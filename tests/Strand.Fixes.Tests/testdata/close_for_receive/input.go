package main

import (
	"fmt"
	"strings"
)

func shout(words []string) {
	lines := make(chan string)
	go func() {
		for _, w := range words {
			lines <- strings.ToUpper(w)
		}
	}()
	go func() {
		for {
			line := <-lines
			fmt.Println(line)
		}
	}()
}

func main() {
	shout([]string{"a", "b"})
}
