package main

import (
	"fmt"
	"os"
)

func work(n int) int { return n + 1 }

func mustPositive(n int) {
	if n <= 0 {
		panic("not positive")
	}
}

// guarded validates before it starts the worker, so the send is always received.
func guarded(n int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	mustPositive(n)
	ch := make(chan int)
	go func() {
		ch <- work(n)
	}()
	return <-ch, nil
}

func main() {
	fmt.Println(guarded(len(os.Args) - 1))
}
