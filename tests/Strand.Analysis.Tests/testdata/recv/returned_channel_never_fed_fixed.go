package main

import "fmt"

type notifier struct{}

// events returns a channel that already holds one event.
func (notifier) events() chan string {
	ch := make(chan string, 1)
	ch <- "started"
	return ch
}

func listen() {
	var n notifier
	ev := n.events()
	go func() {
		fmt.Println(<-ev)
	}()
}

func main() {
	listen()
	fmt.Println("listening")
}
