package main

import (
	"fmt"
	"time"
)

// waitReady polls with time.Tick and returns: the ticker behind Tick is never stopped.
func waitReady(ready func() bool) {
	for range time.Tick(10 * time.Millisecond) { // want "(?i)tick.*\(ticker-leak\)"
		if ready() {
			return
		}
	}
}

func main() {
	n := 0
	waitReady(func() bool { n++; return n > 2 })
	fmt.Println("ready")
}
