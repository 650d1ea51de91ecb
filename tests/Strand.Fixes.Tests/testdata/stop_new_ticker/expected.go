package main

import (
	"fmt"
	"time"
)

// poll checks a few times and returns, leaving its ticker running.
func poll(n int) {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for i := 0; i < n; i++ {
		<-t.C
		fmt.Println("tick", i)
	}
}

func main() {
	poll(2)
}
