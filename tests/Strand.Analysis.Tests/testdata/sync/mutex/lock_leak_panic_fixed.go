// The twin of lock_leak_panic.go: the deferred unlock runs while the panic unwinds.
package main

import (
	"fmt"
	"sync"
)

type registry struct {
	mu    sync.Mutex
	names []string
}

func (r *registry) add(name string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if name == "" {
		panic("empty name")
	}
	r.names = append(r.names, name)
}

func safeAdd(r *registry, name string) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("add %q: %v", name, p)
		}
	}()
	r.add(name)
	return nil
}

func main() {
	r := &registry{}
	fmt.Println(safeAdd(r, ""))
	fmt.Println(safeAdd(r, "b"))
}
