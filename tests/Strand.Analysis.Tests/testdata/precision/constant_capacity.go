package main

import "fmt"

const replicas = 3

// quickest keeps the first answer; the buffer, sized by the same constant, fits every sender.
func quickest() int {
	answers := make(chan int, replicas)
	for r := 0; r < replicas; r++ {
		go func(r int) { answers <- r * 7 }(r)
	}
	return <-answers
}

func main() {
	fmt.Println(quickest())
}
