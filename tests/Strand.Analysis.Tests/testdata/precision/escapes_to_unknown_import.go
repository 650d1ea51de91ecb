package main

import (
	"fmt"
	"sync/atomic"
)

var registry atomic.Value

// publish hands the channel to code Strand cannot see; someone there may send on it.
func publish() {
	inbox := make(chan string)
	registry.Store(inbox)
	go func() {
		fmt.Println(<-inbox)
	}()
}

func main() {
	publish()
	fmt.Println("published")
}
