package main

import "fmt"

// drain leaves its loop with a labelled break when the channel is closed.
func drain(ch <-chan int) int {
	n := 0
loop:
	for {
		select {
		case _, ok := <-ch:
			if !ok {
				break loop
			}
			n++
		}
	}
	return n
}

func main() {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < 3; i++ {
			ch <- i
		}
	}()
	fmt.Println(drain(ch))
}
