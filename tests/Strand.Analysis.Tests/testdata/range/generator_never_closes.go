package main

import "fmt"

// evens sends three values and returns without closing its channel.
func evens() <-chan int {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- 2 * i
		}
	}()
	return ch
}

// sumEvens ranges over the generator and, after the third value, waits forever.
func sumEvens() int {
	sum := 0
	for v := range evens() { // want "\(chan-range-leak\)"
		sum += v
	}
	return sum
}

func main() {
	fmt.Println(sumEvens())
}
