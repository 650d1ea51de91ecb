package main

import (
	"fmt"
	"time"
)

// reporter prints a line per tick until stop is closed, and stops its ticker.
func reporter(stop <-chan struct{}) {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			fmt.Println("tick")
		case <-stop:
			return
		}
	}
}

func main() {
	stop := make(chan struct{})
	go reporter(stop)
	time.Sleep(5 * time.Millisecond)
	close(stop)
}
