package main

import (
	"fmt"
	"sync"
)

// hashAll starts four workers that range over tasks; nobody closes tasks after the last one.
func hashAll(items []string) {
	tasks := make(chan string)
	var mu sync.Mutex
	seen := 0
	for w := 0; w < 4; w++ {
		go func() {
			for t := range tasks { // want "tasks.*\(chan-range-leak\)"
				mu.Lock()
				seen += len(t)
				mu.Unlock()
			}
		}()
	}
	for _, it := range items {
		tasks <- it
	}
}

func main() {
	hashAll([]string{"a", "bb", "ccc"})
	fmt.Println("hashed")
}
