// Readers and a writer on one RWMutex, each releasing before the other kind is taken.
package main

import (
	"fmt"
	"sync"
)

type routes struct {
	mu    sync.RWMutex
	table map[string]string
}

func (r *routes) lookup(k string) (string, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	v, ok := r.table[k]
	return v, ok
}

func (r *routes) ensure(k, v string) string {
	if got, ok := r.lookup(k); ok {
		return got
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if got, ok := r.table[k]; ok {
		return got
	}
	r.table[k] = v
	return v
}

func main() {
	r := &routes{table: map[string]string{}}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r.ensure("home", fmt.Sprint(i))
		}(i)
	}
	wg.Wait()
	fmt.Println(r.lookup("home"))
}
