package main

import "fmt"

// park is meant to keep a helper goroutine alive, but nothing can ever end it.
func park(name string) {
	fmt.Println("parked", name)
	select {} // want "\(empty-select\)"
}

func main() {
	go park("helper")
	fmt.Println("main goes on")
}
