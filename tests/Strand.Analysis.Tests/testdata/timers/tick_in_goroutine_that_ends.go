package main

import (
	"fmt"
	"time"
)

// heartbeat's goroutine beats three times and ends; the ticker behind time.Tick lives on.
func heartbeat() {
	go func() {
		beats := 0
		for range time.Tick(time.Millisecond) { // want "(?i)tick.*\(ticker-leak\)"
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
