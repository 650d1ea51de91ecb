package main

import (
	"fmt"
	"runtime"
	"time"
)

// sum ranges over values, but the producer never closes the channel: the range never ends.
func sum(items []int) {
	values := make(chan int)
	go func() {
		for _, it := range items {
			values <- it
		}
	}()
	go func() {
		total := 0
		for v := range values {
			total += v
		}
		fmt.Println(total)
	}()
}

func main() {
	for i := 0; i < 50; i++ {
		sum([]int{1, 2, 3})
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
}
