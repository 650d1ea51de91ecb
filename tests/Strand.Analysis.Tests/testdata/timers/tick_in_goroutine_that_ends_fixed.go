package main

import (
	"fmt"
	"time"
)

// heartbeat's goroutine stops its ticker when it ends.
func heartbeat() {
	go func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		beats := 0
		for range t.C {
			beats++
			if beats == 3 {
				return
			}
		}
	}()
}

func main() {
	heartbeat()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("beat")
}
