// Fan-out with Add before each go, deferred Done, results in a buffered channel sized to the
// work, and a closer goroutine for the streaming variant.
package main

import (
	"fmt"
	"sync"
)

func squares(xs []int) []int {
	var wg sync.WaitGroup
	out := make(chan int, len(xs))
	for _, x := range xs {
		wg.Add(1)
		go func(x int) {
			defer wg.Done()
			out <- x * x
		}(x)
	}
	wg.Wait()
	close(out)
	var res []int
	for v := range out {
		res = append(res, v)
	}
	return res
}

func stream(xs []int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(xs))
	for _, x := range xs {
		go func(x int) {
			defer wg.Done()
			out <- x + 1
		}(x)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	fmt.Println(len(squares([]int{1, 2, 3})))
	n := 0
	for v := range stream([]int{4, 5}) {
		n += v
	}
	fmt.Println(n)
}
