package main

import (
	"context"
	"fmt"
)

// heartbeat beats until its context ends; the context is TODO, which never ends.
func heartbeat(ctx context.Context, beats chan<- int) {
	for i := 0; ; i++ {
		select { // want "\((select-leak|ctx-leak)\)"
		case beats <- i:
		case <-ctx.Done():
			return
		}
	}
}

func start() {
	beats := make(chan int)
	go heartbeat(context.TODO(), beats)
	fmt.Println(<-beats)
}

func main() {
	start()
	fmt.Println("started")
}
