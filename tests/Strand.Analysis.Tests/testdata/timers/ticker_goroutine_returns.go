package main

import (
	"fmt"
	"time"
)

// monitor's goroutine returns on quit without stopping its ticker.
func monitor(quit <-chan struct{}) {
	go func() {
		t := time.NewTicker(time.Second) // want "(?i)tick.*\(ticker-leak\)"
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
