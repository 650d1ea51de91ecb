// Command ticker: polling with tickers and timers, leaky and fixed.
package main

import (
	"fmt"
	"time"
)

// leakyWait polls with time.Tick and returns: the ticker is never stopped.
func leakyWait(ready func() bool) {
	for range time.Tick(time.Millisecond) {
		if ready() {
			return
		}
	}
}

// fixedWait stops its ticker on the way out.
func fixedWait(ready func() bool) {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for range t.C {
		if ready() {
			return
		}
	}
}

// leakyDrain makes a new timer for every message.
func leakyDrain(msgs <-chan int) {
	for {
		select {
		case _, ok := <-msgs:
			if !ok {
				return
			}
		case <-time.After(time.Second):
			return
		}
	}
}

// fixedDrain gives the whole drain one deadline.
func fixedDrain(msgs <-chan int) {
	deadline := time.NewTimer(time.Second)
	defer deadline.Stop()
	for {
		select {
		case _, ok := <-msgs:
			if !ok {
				return
			}
		case <-deadline.C:
			return
		}
	}
}

func main() {
	n := 0
	ready := func() bool { n++; return n%3 == 0 }
	leakyWait(ready)
	fixedWait(ready)
	msgs := make(chan int, 1)
	msgs <- 1
	close(msgs)
	leakyDrain(msgs)
	fixedDrain(msgs)
	fmt.Println("done")
}
