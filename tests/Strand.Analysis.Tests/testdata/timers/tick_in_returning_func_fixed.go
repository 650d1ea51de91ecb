package main

import (
	"fmt"
	"time"
)

// waitReady polls with a ticker it stops when it returns.
func waitReady(ready func() bool) {
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for range t.C {
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
