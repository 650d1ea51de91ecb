package main

import (
	"fmt"
	"time"
)

// wait uses time.After once, outside any loop, with a buffered result: silent.
func wait() string {
	res := make(chan string, 1)
	go func() { res <- "ok" }()
	select {
	case r := <-res:
		return r
	case <-time.After(time.Second):
		return "timeout"
	}
}

func main() {
	fmt.Println(wait())
}
