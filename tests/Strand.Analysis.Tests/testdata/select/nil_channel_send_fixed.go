package main

import "fmt"

// emit makes the channel and receives the update.
func emit() {
	updates := make(chan string)
	go func() {
		updates <- "first"
	}()
	fmt.Println("emitting", <-updates)
}

func main() {
	emit()
}
