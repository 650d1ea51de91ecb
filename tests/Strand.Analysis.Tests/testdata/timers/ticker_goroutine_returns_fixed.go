package main

import (
	"fmt"
	"time"
)

// monitor's goroutine stops its ticker on the way out.
func monitor(quit <-chan struct{}) {
	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				fmt.Println("tick")
			case <-quit:
				return
			}
		}
	}()
}

func main() {
	quit := make(chan struct{})
	monitor(quit)
	close(quit)
	time.Sleep(10 * time.Millisecond)
}
