package main

import (
	"fmt"
	"time"
)

// consume reuses one timer with the pre-Go 1.23 Stop-and-drain idiom: when Stop reports that the
// timer already fired, its value is waiting in idle.C, so the drain never blocks.
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
			if !idle.Stop() {
				<-idle.C
			}
			idle.Reset(time.Minute)
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
