package main

import "fmt"

// publish offers the value on two channels; main reads neither after it changed its mind.
func publish(v int, primary, backup chan int) {
	select { // want "select.*\(select-leak\)"
	case primary <- v:
	case backup <- v:
	}
}

func run(skip bool) {
	primary := make(chan int)
	backup := make(chan int)
	go publish(42, primary, backup)
	if skip {
		return
	}
	fmt.Println(<-primary)
}

func main() {
	run(true)
	fmt.Println("ran")
}
