package main

import "fmt"

func produce(i int) int { return i * 10 }

// collect still stops early, but the buffer holds every value, so no producer waits.
func collect(n int) []int {
	vals := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			vals <- produce(i)
		}(i)
	}
	var got []int
loop:
	for i := 0; i < n; i++ {
		v := <-vals
		if v > 20 {
			break loop
		}
		got = append(got, v)
	}
	return got
}

func main() {
	fmt.Println(collect(5))
}
