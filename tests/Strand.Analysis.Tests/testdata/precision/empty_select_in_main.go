package main

import (
	"fmt"
	"time"
)

// main parks forever by design while its ticker goroutine works: a daemon.
func main() {
	go func() {
		for t := range time.Tick(time.Second) {
			fmt.Println("alive at", t)
		}
	}()
	select {}
}
