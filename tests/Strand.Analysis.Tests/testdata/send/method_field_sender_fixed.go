package main

import (
	"fmt"
	"os"
)

type resizer struct {
	done chan string
}

func (r *resizer) run(path string) {
	r.done <- "resized " + path
}

// resize gives the result channel room for the one result, read or not.
func resize(path string, wait bool) string {
	r := &resizer{done: make(chan string, 1)}
	go r.run(path)
	if !wait {
		return "queued"
	}
	return <-r.done
}

func main() {
	fmt.Println(resize("a.png", len(os.Args) > 1))
}
