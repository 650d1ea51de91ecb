package main

import (
	"fmt"
	"runtime"
	"time"
)

// count feeds its workers and returns; the workers wait for more forever.
func count(words []string) {
	jobs := make(chan string)
	defer close(jobs)
	for w := 0; w < 3; w++ {
		go func() {
			for j := range jobs {
				_ = len(j)
			}
		}()
	}
	for _, w := range words {
		jobs <- w
	}
}

func main() {
	for i := 0; i < 50; i++ {
		count([]string{"a", "b"})
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
}
