package main

import "fmt"

// squares produces into a channel it closes; the consumer's range ends on close.
func squares(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i * i
		}
	}()
	return out
}

func main() {
	total := 0
	for v := range squares(4) {
		total += v
	}
	fmt.Println("total", total)
}
