package main

import "fmt"

// fanOut starts one waiter per slot and closes every slot when it is done.
func fanOut(n int) {
	slots := make([]chan int, n)
	for i := range slots {
		slots[i] = make(chan int)
		go func(c chan int) {
			fmt.Println(<-c)
		}(slots[i])
	}
	for _, c := range slots {
		close(c)
	}
}

func main() {
	fanOut(3)
	fmt.Println("fanned out")
}
