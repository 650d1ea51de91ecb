package main

import (
	"context"
	"fmt"
	"time"
)

func compute(n int) int { return n * n }

// square returns as soon as ctx is done; the goroutine's send then waits forever.
func square(ctx context.Context, n int) (int, error) {
	out := make(chan int)
	go func() {
		out <- compute(n) // want "sending on out.*\(chan-send-leak\)"
	}()
	select {
	case v := <-out:
		return v, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	fmt.Println(square(ctx, 7))
}
