package main

import "fmt"

// launch's worker announces completion with a deferred send that nobody ever receives.
func launch(task string) {
	finished := make(chan string)
	go func() {
		defer func() {
			finished <- task // want "sending on finished.*\(chan-send-leak\)"
		}()
		fmt.Println("running", task)
	}()
}

func main() {
	launch("backup")
	fmt.Println("launched")
}
