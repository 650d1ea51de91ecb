package main

import (
	"fmt"
	"time"
)

// strandTimeout bounds how long a blocked goroutine waits before giving up; tune it.
const strandTimeout = 10 * time.Second

// announce prints the first event; nobody ever sends one.
func announce(events chan string) {
	go func() {
		select {
		case v := <-events:
			fmt.Println("event:", v)
		case <-time.After(strandTimeout):
			return
		}
	}()
}

func main() {
	announce(make(chan string))
}
