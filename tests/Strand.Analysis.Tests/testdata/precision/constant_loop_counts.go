package main

import "fmt"

const workers = 4

// spread starts workers senders and receives workers times.
func spread() int {
	done := make(chan int)
	for i := 0; i < workers; i++ {
		go func(i int) { done <- i }(i)
	}
	sum := 0
	for i := 0; i < workers; i++ {
		sum += <-done
	}
	return sum
}

func main() {
	fmt.Println(spread())
}
