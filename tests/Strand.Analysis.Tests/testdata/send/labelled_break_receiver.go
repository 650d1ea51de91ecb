package main

import "fmt"

func produce(i int) int { return i * 10 }

// collect stops at the first negative-looking value with a labelled break,
// leaving the remaining producers blocked on their send.
func collect(n int) []int {
	vals := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) {
			vals <- produce(i) // want "sending on vals.*\(chan-send-leak\)"
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
