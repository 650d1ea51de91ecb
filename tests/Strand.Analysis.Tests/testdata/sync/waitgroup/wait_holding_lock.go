// The coordinator holds the lock while it waits, and every worker needs that lock before it
// can call Done.
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
	r.mu.Lock()
	defer r.mu.Unlock()
	for i := 0; i < n; i++ {
		r.wg.Add(1)
		go func(i int) {
			defer r.wg.Done()
			r.mu.Lock() // want "mu.*[(]wg-wait-leak[)]"
			r.list = append(r.list, i*i)
			r.mu.Unlock()
		}(i)
	}
	r.wg.Wait() // want "wg.*[(]wg-wait-leak[)]"
	return r.list
}

func main() {
	r := &results{}
	fmt.Println(r.collect(3))
}
