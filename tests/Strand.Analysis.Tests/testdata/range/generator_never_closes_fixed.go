package main

import "fmt"

// evens sends three values and closes its channel.
func evens() <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < 3; i++ {
			ch <- 2 * i
		}
	}()
	return ch
}

func sumEvens() int {
	sum := 0
	for v := range evens() {
		sum += v
	}
	return sum
}

func main() {
	fmt.Println(sumEvens())
}
