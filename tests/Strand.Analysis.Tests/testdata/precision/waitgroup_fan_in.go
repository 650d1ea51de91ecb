package main

import (
	"fmt"
	"sync"
)

// squareAll fans out, and a closer goroutine closes results once every worker is done.
func squareAll(nums []int) int {
	results := make(chan int)
	var wg sync.WaitGroup
	for _, n := range nums {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- n * n
		}(n)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	total := 0
	for r := range results {
		total += r
	}
	return total
}

func main() {
	fmt.Println(squareAll([]int{1, 2, 3}))
}
