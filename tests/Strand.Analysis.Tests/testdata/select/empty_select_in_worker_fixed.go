package main

import "fmt"

// park keeps the helper alive until done is closed.
func park(name string, done <-chan struct{}) {
	fmt.Println("parked", name)
	<-done
}

func main() {
	done := make(chan struct{})
	go park("helper", done)
	fmt.Println("main goes on")
	close(done)
}
