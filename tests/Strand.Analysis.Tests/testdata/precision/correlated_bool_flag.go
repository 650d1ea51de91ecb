package main

import (
	"fmt"
	"os"
)

// relay starts a reader only when verbose, and only writes when verbose.
func relay(verbose bool) {
	logs := make(chan string)
	done := make(chan struct{})
	if verbose {
		go func() {
			fmt.Println(<-logs)
			close(done)
		}()
	}
	if verbose {
		logs <- "relaying"
		<-done
	}
}

func main() {
	relay(len(os.Args) > 1)
}
