package main

import (
	"fmt"
	"os"

	"example.com/crosspkg/worker"
)

// measure abandons the job when in a hurry; the worker then has nobody to report to.
func measure(hurry bool) int {
	done := make(chan int)
	worker.Run("payload", done)
	if hurry {
		return -1
	}
	return <-done
}

func main() {
	fmt.Println(measure(len(os.Args) > 1))
}
