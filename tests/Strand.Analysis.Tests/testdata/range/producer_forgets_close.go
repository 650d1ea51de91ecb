package main

import "fmt"

// sum consumes numbers until the channel is closed, which the producer never does.
func sum(nums []int) {
	ch := make(chan int)
	go func() {
		total := 0
		for n := range ch { // want "ch.*\(chan-range-leak\)"
			total += n
		}
		fmt.Println(total)
	}()
	for _, n := range nums {
		ch <- n
	}
}

func main() {
	sum([]int{1, 2, 3})
	fmt.Println("summing")
}
