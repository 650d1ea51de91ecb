package main

import (
	"fmt"
	"strings"
)

type stage struct {
	in  chan string
	out chan string
}

// run is a value method: the copy of the struct still shares both channels.
func (s stage) run() {
	for v := range s.in { // want "in.*\(chan-range-leak\)"
		s.out <- strings.TrimSpace(v)
	}
	close(s.out)
}

func clean(words []string) []string {
	s := stage{in: make(chan string), out: make(chan string, len(words))}
	go s.run()
	for _, w := range words {
		s.in <- w
	}
	var res []string
	for range words {
		res = append(res, <-s.out)
	}
	return res
}

func main() {
	fmt.Println(clean([]string{" a ", "b "}))
}
