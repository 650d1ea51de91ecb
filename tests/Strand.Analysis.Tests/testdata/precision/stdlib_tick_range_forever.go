// Package status prints a status line on every tick, forever: the function never returns, so
// the unstoppable time.Tick ticker is never abandoned (shape of time/example_test.go:170).
package status

import (
	"fmt"
	"time"
)

// Report prints the time of every tick, forever.
func Report() {
	c := time.Tick(5 * time.Second)
	for next := range c {
		fmt.Println(next)
	}
}
