package main

import "fmt"

// pump forwards values until done is closed; run closes done when it returns.
func pump(in <-chan int, done <-chan struct{}) {
	for {
		select {
		case v := <-in:
			fmt.Println("pumped", v)
		case <-done:
			return
		}
	}
}

func run() {
	in := make(chan int)
	done := make(chan struct{})
	defer close(done)
	go pump(in, done)
	in <- 1
	in <- 2
}

func main() {
	run()
	fmt.Println("ran")
}
