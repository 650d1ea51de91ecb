// The twin of wait_holding_lock.go: the coordinator waits first and takes the lock only to
// read the results.
package main

import (
	"fmt"
	"sync"
)

type results struct {
	mu   sync.Mutex
	wg   sync.WaitGroup
	list []int
}

func (r *results) collect(n int) []int {
	for i := 0; i < n; i++ {
		r.wg.Add(1)
		go func(i int) {
			defer r.wg.Done()
			r.mu.Lock()
			r.list = append(r.list, i*i)
			r.mu.Unlock()
		}(i)
	}
	r.wg.Wait()
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]int(nil), r.list...)
}

func main() {
	r := &results{}
	fmt.Println(len(r.collect(3)))
}
