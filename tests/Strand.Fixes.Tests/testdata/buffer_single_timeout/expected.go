package main

import (
	"errors"
	"fmt"
	"runtime"
	"time"
)

func slowLookup(key string) string {
	time.Sleep(20 * time.Millisecond)
	return "value of " + key
}

// lookup gives up after a deadline, but the helper goroutine still waits to hand over its value.
func lookup(key string) (string, error) {
	reply := make(chan string, 1)
	go func() {
		reply <- slowLookup(key)
	}()
	select {
	case v := <-reply:
		return v, nil
	case <-time.After(time.Millisecond):
		return "", errors.New("lookup timed out")
	}
}

func main() {
	for i := 0; i < 50; i++ {
		_, _ = lookup("k")
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
}
