package main

import "fmt"

func weigh(item string) int { return len(item) }

// weighAll starts one goroutine per item and receives exactly once per item.
func weighAll(items []string) int {
	weights := make(chan int)
	for _, it := range items {
		go func(it string) { weights <- weigh(it) }(it)
	}
	total := 0
	for range items {
		total += <-weights
	}
	return total
}

func main() {
	fmt.Println(weighAll([]string{"a", "bb", "ccc"}))
}
