// The twin of double_lock_branch.go: the verbose branch prints without the lock.
package main

import (
	"fmt"
	"os"
	"sync"
)

var (
	mu    sync.Mutex
	stats = map[string]int{}
)

func record(key string, verbose bool) {
	if verbose {
		fmt.Println("recording", key)
	}
	mu.Lock()
	stats[key]++
	mu.Unlock()
}

func main() {
	record("start", len(os.Args) > 0)
	fmt.Println(stats)
}
