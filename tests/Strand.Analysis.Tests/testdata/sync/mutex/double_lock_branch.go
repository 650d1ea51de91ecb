// One branch takes the lock for a slow path, and the common code after the branch takes it
// again without knowing.
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
		mu.Lock()
		fmt.Println("recording", key)
	}
	mu.Lock() // want "mu.*[(]double-lock[)]"
	stats[key]++
	mu.Unlock()
	if verbose {
		mu.Unlock()
	}
}

func main() {
	record("start", len(os.Args) > 0)
	fmt.Println(stats)
}
