package main

import (
	"fmt"
	"time"
)

// deliver gives each item up to a second to be taken, with a fresh timer per item.
func deliver(items []string, out chan<- string) int {
	sent := 0
	for _, it := range items {
		select {
		case out <- it:
			sent++
		case <-time.After(time.Second): // want "time\.After.*\(after-in-loop\)"
			return sent
		}
	}
	return sent
}

func main() {
	out := make(chan string, 3)
	fmt.Println(deliver([]string{"x", "y"}, out))
}
