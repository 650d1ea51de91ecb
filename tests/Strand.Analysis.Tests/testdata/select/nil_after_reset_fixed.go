package main

import "fmt"

type feed struct {
	updates chan string
}

// reset replaces the channel with a fresh one instead of nil.
func (f *feed) reset() { f.updates = make(chan string, 1) }

func follow() {
	f := &feed{updates: make(chan string, 1)}
	f.reset()
	f.updates <- "first"
	go func() {
		fmt.Println(<-f.updates)
	}()
}

func main() {
	follow()
	fmt.Println("following")
}
