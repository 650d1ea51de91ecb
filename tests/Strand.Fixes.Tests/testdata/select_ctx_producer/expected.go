package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// numbers streams 0..n-1; a consumer that stops early leaves the producer blocked on its send.
func numbers(ctx context.Context, n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			select {
			case out <- i: // blocks once the reader stops
			case <-ctx.Done():
				return
			}
		}
		close(out)
	}()
	return out
}

func main() {
	for i := 0; i < 50; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		first := <-numbers(ctx, 10)
		_ = first
		cancel()
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
}
