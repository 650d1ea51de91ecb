package main

import "fmt"

// firstOf starts one goroutine per value and keeps the first result: a generic first-of-N.
func firstOf[T any](vals []T, f func(T) T) T {
	res := make(chan T)
	for _, v := range vals {
		go func(v T) {
			res <- f(v) // want "sending on res.*\(chan-send-leak\)"
		}(v)
	}
	return <-res
}

func main() {
	fmt.Println(firstOf([]int{1, 2, 3}, func(n int) int { return n * 2 }))
}
