package main

import "fmt"

func probe(i int) int { return i * 3 }

// firstProbe keeps one answer; the buffer has a slot for each of the three senders.
func firstProbe() int {
	answers := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) { answers <- probe(i) }(i)
	}
	return <-answers
}

func main() {
	fmt.Println(firstProbe())
}
