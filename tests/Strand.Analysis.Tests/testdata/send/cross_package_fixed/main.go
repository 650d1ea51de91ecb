package main

import (
	"fmt"
	"os"

	"example.com/crosspkg/worker"
)

// measure may abandon the job; the buffered channel lets the worker report anyway.
func measure(hurry bool) int {
	done := make(chan int, 1)
	worker.Run("payload", done)
	if hurry {
		return -1
	}
	return <-done
}

func main() {
	fmt.Println(measure(len(os.Args) > 1))
}
