// The twin of wait_no_signal.go: the loader broadcasts after setting ready.
package main

import (
	"fmt"
	"sync"
)

type loader struct {
	mu    sync.Mutex
	cond  *sync.Cond
	ready bool
	data  []string
}

func newLoader() *loader {
	l := &loader{}
	l.cond = sync.NewCond(&l.mu)
	return l
}

func (l *loader) load() {
	l.mu.Lock()
	l.data = []string{"x", "y"}
	l.ready = true
	l.cond.Broadcast()
	l.mu.Unlock()
}

func (l *loader) get() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	go l.load()
	for !l.ready {
		l.cond.Wait()
	}
	return l.data
}

func main() {
	fmt.Println(newLoader().get())
}
