package main

import (
	"fmt"
	"time"
)

// deliver gives the whole batch one deadline, with a single timer.
func deliver(items []string, out chan<- string) int {
	deadline := time.NewTimer(time.Second)
	defer deadline.Stop()
	sent := 0
	for _, it := range items {
		select {
		case out <- it:
			sent++
		case <-deadline.C:
			return sent
		}
	}
	return sent
}

func main() {
	out := make(chan string, 3)
	fmt.Println(deliver([]string{"x", "y"}, out))
}
