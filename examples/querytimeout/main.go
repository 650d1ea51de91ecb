// Command querytimeout: a query with a timeout, leaky and fixed.
package main

import (
	"fmt"
	"time"
)

func slowQuery(q string) string {
	time.Sleep(50 * time.Millisecond)
	return "rows for " + q
}

// leakyQuery gives up after the timeout; the goroutine's send then blocks forever.
func leakyQuery(q string, timeout time.Duration) (string, error) {
	rows := make(chan string)
	go func() {
		rows <- slowQuery(q)
	}()
	select {
	case r := <-rows:
		return r, nil
	case <-time.After(timeout):
		return "", fmt.Errorf("query %q timed out", q)
	}
}

// fixedQuery buffers the channel: the late result lands in the buffer and is collected.
func fixedQuery(q string, timeout time.Duration) (string, error) {
	rows := make(chan string, 1)
	go func() {
		rows <- slowQuery(q)
	}()
	select {
	case r := <-rows:
		return r, nil
	case <-time.After(timeout):
		return "", fmt.Errorf("query %q timed out", q)
	}
}

func main() {
	fmt.Println(leakyQuery("select 1", time.Millisecond))
	fmt.Println(fixedQuery("select 1", time.Millisecond))
}
