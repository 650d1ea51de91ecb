package main

import (
	"fmt"
	"time"
)

// later runs f after d: the goroutine waits on a timer, which always fires.
func later(d time.Duration, f func()) {
	go func() {
		<-time.After(d)
		f()
	}()
}

func main() {
	later(time.Millisecond, func() { fmt.Println("later") })
	time.Sleep(5 * time.Millisecond)
}
