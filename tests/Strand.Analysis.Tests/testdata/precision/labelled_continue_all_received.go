package main

import "fmt"

// sumOdd receives every value even when it skips one with a labelled continue.
func sumOdd(n int) int {
	vals := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			vals <- i
		}
		close(vals)
	}()
	total := 0
next:
	for v := range vals {
		if v%2 == 0 {
			continue next
		}
		total += v
	}
	return total
}

func main() {
	fmt.Println(sumOdd(6))
}
