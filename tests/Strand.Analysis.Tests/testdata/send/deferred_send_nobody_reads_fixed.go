package main

import "fmt"

// launch waits for the worker's deferred completion signal.
func launch(task string) {
	finished := make(chan string)
	go func() {
		defer func() {
			finished <- task
		}()
		fmt.Println("running", task)
	}()
	fmt.Println("finished", <-finished)
}

func main() {
	launch("backup")
	fmt.Println("launched")
}
