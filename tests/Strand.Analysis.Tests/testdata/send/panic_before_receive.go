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

// guarded recovers from the panic, but the worker's send is never received.
func guarded(n int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	ch := make(chan int)
	go func() {
		ch <- work(n) // want "sending on ch.*\(chan-send-leak\)"
	}()
	mustPositive(n)
	return <-ch, nil
}

func main() {
	fmt.Println(guarded(len(os.Args) - 1))
}
