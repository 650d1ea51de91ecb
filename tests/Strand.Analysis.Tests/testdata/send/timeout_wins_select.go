package main

import (
	"fmt"
	"time"
)

func slowQuery(q string) string {
	time.Sleep(2 * time.Second)
	return "rows for " + q
}

// queryWithTimeout gives up after 100ms; the worker then has nobody to hand its rows to.
func queryWithTimeout(q string) (string, bool) {
	rows := make(chan string)
	go func() {
		rows <- slowQuery(q) // want "sending on rows.*\(chan-send-leak\)"
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
