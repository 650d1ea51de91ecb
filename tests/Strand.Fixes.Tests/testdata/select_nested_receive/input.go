package main

import "fmt"

// announce prints the first event; nobody ever sends one.
func announce(events chan string) {
	go func() {
		fmt.Println("event:", <-events)
	}()
}

func main() {
	announce(make(chan string))
}
