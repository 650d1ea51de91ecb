package main

import (
	"fmt"
	"runtime"
	"time"
)

// report waits for a ticket at most 50ms.
func report() string {
	go func() {
		ticket := make(chan int)
		select {
		case n := <-ticket:
			fmt.Println("ticket", n)
		case <-time.After(50 * time.Millisecond):
			fmt.Println("no ticket")
		}
	}()
	return "reported"
}

func main() {
	fmt.Println(report(), runtime.NumGoroutine())
}
