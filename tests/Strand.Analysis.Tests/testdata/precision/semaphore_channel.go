package main

import (
	"fmt"
	"sync"
)

// crawl limits concurrency with a buffered channel used as a semaphore.
func crawl(urls []string) {
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for _, u := range urls {
		wg.Add(1)
		go func(u string) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			fmt.Println("crawled", u)
		}(u)
	}
	wg.Wait()
}

func main() {
	crawl([]string{"a", "b", "c", "d"})
}
