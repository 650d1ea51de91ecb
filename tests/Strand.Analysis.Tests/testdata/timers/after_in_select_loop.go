package main

import (
	"fmt"
	"time"
)

// consume makes a new one-minute timer for every message it handles.
func consume(msgs <-chan string) {
	for {
		select {
		case m, ok := <-msgs:
			if !ok {
				return
			}
			fmt.Println(m)
		case <-time.After(time.Minute): // want "time\.After.*\(after-in-loop\)"
			fmt.Println("idle")
			return
		}
	}
}

func main() {
	msgs := make(chan string, 2)
	msgs <- "a"
	msgs <- "b"
	close(msgs)
	consume(msgs)
}
