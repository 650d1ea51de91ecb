// The lock is taken and released under the same flag: the paths correlate, so no path locks
// twice or leaves the lock held.
package main

import (
	"fmt"
	"os"
	"sync"
)

var (
	mu  sync.Mutex
	log []string
)

func appendLine(line string, shared bool) {
	if shared {
		mu.Lock()
	}
	log = append(log, line)
	if shared {
		mu.Unlock()
	}
}

func main() {
	shared := len(os.Args) > 1
	appendLine("one", shared)
	appendLine("two", shared)
	appendLine("three", true)
	mu.Lock()
	fmt.Println(len(log))
	mu.Unlock()
}
