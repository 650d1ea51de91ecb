package main

import (
	"fmt"
	"os"
)

type resizer struct {
	done chan string
}

func (r *resizer) run(path string) {
	r.done <- "resized " + path // want "sending on (r\.)?done.*\(chan-send-leak\)"
}

// resize reports only when asked to wait; otherwise nobody receives from r.done.
func resize(path string, wait bool) string {
	r := &resizer{done: make(chan string)}
	go r.run(path)
	if !wait {
		return "queued"
	}
	return <-r.done
}

func main() {
	fmt.Println(resize("a.png", len(os.Args) > 1))
}
