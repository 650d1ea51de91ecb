package main

import "fmt"

type feed struct {
	updates chan string
}

// reset drops the channel, and the next reader waits on nil forever.
func (f *feed) reset() { f.updates = nil }

func follow() {
	f := &feed{updates: make(chan string, 1)}
	f.reset()
	go func() {
		fmt.Println(<-f.updates) // want "nil.*\(nil-chan\)"
	}()
}

func main() {
	follow()
	fmt.Println("following")
}
