// Package fanout hands each waiter its own timer on purpose: every timer is received by the
// goroutine it was made for, so one reusable timer would be wrong
// (shape of time/sleep_test.go:330 in Go 1.19).
package fanout

import "time"

func await(i int, out chan<- int, c <-chan time.Time) {
	<-c
	out <- i
}

// Order returns the indexes in the order their delays expire.
func Order(delays []time.Duration) []int {
	out := make(chan int, len(delays))
	for i, d := range delays {
		go await(i, out, time.After(d))
	}
	got := make([]int, 0, len(delays))
	for range delays {
		got = append(got, <-out)
	}
	return got
}
