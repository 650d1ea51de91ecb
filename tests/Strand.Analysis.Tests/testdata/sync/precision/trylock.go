// TryLock never blocks: taking it twice just fails the second time.
package main

import (
	"fmt"
	"sync"
)

type refresher struct {
	mu   sync.Mutex
	runs int
}

func (r *refresher) refresh() bool {
	if !r.mu.TryLock() {
		return false
	}
	defer r.mu.Unlock()
	r.runs++
	return !r.mu.TryLock()
}

func main() {
	r := &refresher{}
	r.mu.Lock()
	fmt.Println(r.refresh())
	r.mu.Unlock()
	fmt.Println(r.refresh(), r.runs)
}
