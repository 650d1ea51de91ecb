package main

import "fmt"

type source interface {
	fill(out chan<- int)
}

type counter struct{ n int }

// fill sends n values and closes: the only implementation of source in the program.
func (c counter) fill(out chan<- int) {
	for i := 0; i < c.n; i++ {
		out <- i
	}
	close(out)
}

func drain(s source) int {
	ch := make(chan int)
	go s.fill(ch)
	total := 0
	for v := range ch {
		total += v
	}
	return total
}

func main() {
	fmt.Println(drain(counter{n: 4}))
}
