package main

import (
	"context"
	"fmt"
)

func wait(ctx context.Context, ready chan int) {
	n := <-ready // the only wake-up
	fmt.Println(n)
}

func main() {
	wait(context.Background(), make(chan int, 1))
}
