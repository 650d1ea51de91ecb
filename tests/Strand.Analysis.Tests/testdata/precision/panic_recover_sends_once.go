package main

import (
	"fmt"
	"os"
)

func risky(s string) int {
	if s == "" {
		panic("empty")
	}
	return len(s)
}

// safely reports the result or the recovered panic on the same channel, exactly once.
func safely(s string) (int, error) {
	type res struct {
		n   int
		err error
	}
	ch := make(chan res)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				ch <- res{err: fmt.Errorf("panic: %v", r)}
			}
		}()
		ch <- res{n: risky(s)}
	}()
	r := <-ch
	return r.n, r.err
}

func main() {
	fmt.Println(safely(os.Getenv("S")))
}
