// The twin of goroutine_blocks_before_done.go: the start signal is given by closing the channel.
package main

import (
	"fmt"
	"sync"
)

func race(n int) {
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			fmt.Println("runner", i)
		}(i)
	}
	close(start)
	wg.Wait()
}

func main() {
	race(3)
}
