package main

import "fmt"

type links struct {
	up, down chan string
}

// watch makes both channels and sends on one of them.
func watch() {
	l := links{up: make(chan string), down: make(chan string)}
	go func() {
		select {
		case m := <-l.up:
			fmt.Println("up", m)
		case m := <-l.down:
			fmt.Println("down", m)
		}
	}()
	l.up <- "eth0"
}

func main() {
	watch()
	fmt.Println("watching")
}
