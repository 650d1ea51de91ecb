// The workers wait for a start signal that is never given, so none reaches Done.
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
			<-start // want "start.*[(]chan-recv-leak[)]"
			fmt.Println("runner", i)
		}(i)
	}
	wg.Wait() // want "wg.*[(]wg-wait-leak[)]"
}

func main() {
	race(3)
}
