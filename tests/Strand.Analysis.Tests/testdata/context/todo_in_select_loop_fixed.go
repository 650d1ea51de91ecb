package main

import (
	"context"
	"fmt"
)

// heartbeat beats until its context ends; start cancels it when done.
func heartbeat(ctx context.Context, beats chan<- int) {
	for i := 0; ; i++ {
		select {
		case beats <- i:
		case <-ctx.Done():
			return
		}
	}
}

func start() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	beats := make(chan int)
	go heartbeat(ctx, beats)
	fmt.Println(<-beats)
}

func main() {
	start()
	fmt.Println("started")
}
