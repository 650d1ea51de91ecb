package main

import (
	"fmt"
	"time"
)

// sample stops the ticker when it returns.
func sample(n int) []time.Time {
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	var out []time.Time
	for len(out) < n {
		out = append(out, <-t.C)
	}
	return out
}

func main() {
	fmt.Println(len(sample(3)))
}
