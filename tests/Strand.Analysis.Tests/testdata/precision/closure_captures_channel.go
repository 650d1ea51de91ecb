package main

import "fmt"

// compute's closure captures result and main receives from it.
func compute(a, b int) int {
	result := make(chan int)
	add := func() { result <- a + b }
	go add()
	return <-result
}

func main() {
	fmt.Println(compute(2, 3))
}
