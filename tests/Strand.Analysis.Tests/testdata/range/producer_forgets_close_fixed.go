package main

import "fmt"

// sum closes the channel after the last number, which ends the consumer's range.
func sum(nums []int) {
	ch := make(chan int)
	go func() {
		total := 0
		for n := range ch {
			total += n
		}
		fmt.Println(total)
	}()
	for _, n := range nums {
		ch <- n
	}
	close(ch)
}

func main() {
	sum([]int{1, 2, 3})
	fmt.Println("summing")
}
