// Package pacer waits a fixed step per round; each timer is received before the next is made,
// so no timer outlives its iteration (shape of time/sleep_test.go:141 and :226 in Go 1.19).
package pacer

import "time"

// Pace sleeps n steps of d by receiving from a fresh timer each round.
func Pace(n int, d time.Duration) {
	for i := 0; i < n; i++ {
		<-time.After(d)
	}
}
