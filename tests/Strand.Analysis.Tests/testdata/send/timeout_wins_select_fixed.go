package main

import (
	"fmt"
	"time"
)

func slowQuery(q string) string {
	time.Sleep(2 * time.Second)
	return "rows for " + q
}

// queryWithTimeout gives up after 100ms; the buffer lets the worker finish anyway.
func queryWithTimeout(q string) (string, bool) {
	rows := make(chan string, 1)
	go func() {
		rows <- slowQuery(q)
	}()
	select {
	case r := <-rows:
		return r, true
	case <-time.After(100 * time.Millisecond):
		return "", false
	}
}

func main() {
	fmt.Println(queryWithTimeout("select 1"))
}
