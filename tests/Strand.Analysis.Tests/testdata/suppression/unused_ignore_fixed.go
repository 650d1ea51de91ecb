package main

import "fmt"

// sum has no leak and no stale directive.
func sum(a, b int) int {
	ch := make(chan int, 1)
	go func() { ch <- a + b }()
	return <-ch
}

func main() {
	fmt.Println(sum(1, 2))
}
