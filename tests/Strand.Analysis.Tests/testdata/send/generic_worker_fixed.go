package main

import "fmt"

// firstOf starts one goroutine per value and keeps the first result; the buffer fits them all.
func firstOf[T any](vals []T, f func(T) T) T {
	res := make(chan T, len(vals))
	for _, v := range vals {
		go func(v T) {
			res <- f(v)
		}(v)
	}
	return <-res
}

func main() {
	fmt.Println(firstOf([]int{1, 2, 3}, func(n int) int { return n * 2 }))
}
