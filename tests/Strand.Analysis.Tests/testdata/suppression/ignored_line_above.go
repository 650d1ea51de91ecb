package main

import (
	"fmt"
	"os"
)

// fetch leaks its sender on the early return, and says so on purpose.
func fetch(skip bool) string {
	res := make(chan string)
	go func() {
		//strand:ignore chan-send-leak one goroutine per process run, accepted
		res <- "data"
	}()
	if skip {
		return ""
	}
	return <-res
}

func main() {
	fmt.Println(fetch(len(os.Args) > 1))
}
