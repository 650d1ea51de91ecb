package main

import (
	"fmt"
	"sync"
)

// total fans out and waits for the workers, but nobody closes results: the summing loop never ends.
func total(nums []int) {
	results := make(chan int, len(nums))
	var wg sync.WaitGroup
	for _, n := range nums {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- n * n
		}(n)
	}
	go func() {
		sum := 0
		for r := range results { // want "results.*\(chan-range-leak\)"
			sum += r
		}
		fmt.Println(sum)
	}()
	wg.Wait()
}

func main() {
	total([]int{1, 2, 3})
	fmt.Println("totalled")
}
