package main

import "fmt"

type notifier struct{}

// events returns a channel that nothing will ever send on or close.
func (notifier) events() chan string {
	return make(chan string)
}

func listen() {
	var n notifier
	ev := n.events()
	go func() {
		fmt.Println(<-ev) // want "receiving from ev.*\(chan-recv-leak\)"
	}()
}

func main() {
	listen()
	fmt.Println("listening")
}
