package main

import "fmt"

// pump forwards values until done is closed; run closes neither in nor done, so the loop's
// select waits forever once the last value has gone through.
func pump(in <-chan int, done <-chan struct{}) {
	for {
		select { // want "select.*\(select-leak\)"
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
	go pump(in, done)
	in <- 1
	in <- 2
}

func main() {
	run()
	fmt.Println("ran")
}
