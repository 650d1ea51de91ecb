package main

import (
	"fmt"
	"runtime"
	"time"
)

func query(replica string) string {
	time.Sleep(time.Millisecond)
	return "answer from " + replica
}

// fastest keeps the first answer; every other sender blocks on the unbuffered channel forever.
func fastest(replicas []string) string {
	answers := make(chan string, len(replicas))
	for _, r := range replicas {
		go func(r string) {
			answers <- query(r)
		}(r)
	}
	return <-answers
}

func main() {
	for i := 0; i < 50; i++ {
		fastest([]string{"eu", "us", "asia"})
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
}
