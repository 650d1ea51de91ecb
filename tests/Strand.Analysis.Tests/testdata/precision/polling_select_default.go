package main

import (
	"fmt"
	"time"
)

// drainAvailable takes what is ready and never blocks: every select has a default.
func drainAvailable(ch chan int) []int {
	var got []int
	for {
		select {
		case v := <-ch:
			got = append(got, v)
		default:
			return got
		}
	}
}

func main() {
	ch := make(chan int)
	go func() {
		select {
		case ch <- 1:
		case <-time.After(time.Millisecond):
		}
	}()
	fmt.Println(drainAvailable(ch))
}
