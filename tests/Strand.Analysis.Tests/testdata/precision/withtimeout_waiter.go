package main

import (
	"context"
	"fmt"
	"time"
)

// expire's waiter is released by the deadline even if nobody cancels early.
func expire() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	go func() {
		defer cancel()
		<-ctx.Done()
		fmt.Println("expired")
	}()
}

func main() {
	expire()
	time.Sleep(20 * time.Millisecond)
}
