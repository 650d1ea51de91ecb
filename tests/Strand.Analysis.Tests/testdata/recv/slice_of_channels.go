package main

import "fmt"

// fanOut starts one waiter per slot; nothing ever sends to any slot.
func fanOut(n int) {
	slots := make([]chan int, n)
	for i := range slots {
		slots[i] = make(chan int)
		go func(c chan int) {
			fmt.Println(<-c) // want "receiving from c.*\(chan-recv-leak\)"
		}(slots[i])
	}
}

func main() {
	fanOut(3)
	fmt.Println("fanned out")
}
