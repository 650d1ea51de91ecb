package main

import (
	"context"
	"fmt"
)

func watch(ctx context.Context, events <-chan int) {
	for {
		select {
		case e := <-events:
			fmt.Println("event", e)
		case <-ctx.Done():
			return
		}
	}
}

// run cancels the watcher's context on every path with defer.
func run(n int) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	events := make(chan int)
	go watch(ctx, events)
	for i := 0; i < n; i++ {
		events <- i
	}
}

func main() {
	run(3)
}
