package main

import (
	"fmt"
	"time"
)

// consume gives the whole stream one deadline, with a single timer made before the loop.
func consume(msgs <-chan string) {
	idle := time.NewTimer(time.Minute)
	defer idle.Stop()
	for {
		select {
		case m, ok := <-msgs:
			if !ok {
				return
			}
			fmt.Println(m)
		case <-idle.C:
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
