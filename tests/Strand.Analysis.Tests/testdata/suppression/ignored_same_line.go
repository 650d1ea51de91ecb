package main

import "fmt"

// wait leaks one waiter by design in this demo.
func wait() {
	gate := make(chan int)
	go func() {
		fmt.Println(<-gate) //strand:ignore chan-recv-leak demo of a parked goroutine
	}()
}

func main() {
	wait()
	fmt.Println("waited")
}
