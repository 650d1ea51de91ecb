package main

import "fmt"

// emit declares the channel but never makes it: the send blocks forever.
func emit() {
	var updates chan string
	go func() {
		updates <- "first" // want "nil.*\(nil-chan\)"
	}()
	fmt.Println("emitting")
}

func main() {
	emit()
}
