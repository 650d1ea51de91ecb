package main

import "fmt"

// publish offers the value on two channels; main reads neither after it changed its mind.
func publish(v int, primary, backup chan int, stop chan struct{}) {
	select {
	case primary <- v:
	case backup <- v:
	case <-stop:
	}
}

func run(skip bool) {
	primary := make(chan int)
	backup := make(chan int)
	stop := make(chan struct{})
	defer close(stop)
	go publish(42, primary, backup, stop)
	if skip {
		return
	}
	fmt.Println(<-primary)
}

func main() {
	run(true)
	fmt.Println("ran")
}
