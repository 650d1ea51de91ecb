package main

import (
	"fmt"
	"time"
)

// sample takes n samples a few milliseconds apart and forgets to stop the ticker.
func sample(n int) []time.Time {
	t := time.NewTicker(5 * time.Millisecond) // want "(?i)tick.*\(ticker-leak\)"
	var out []time.Time
	for len(out) < n {
		out = append(out, <-t.C)
	}
	return out
}

func main() {
	fmt.Println(len(sample(3)))
}
