// The twin of wait_through_locker.go: the filler broadcasts after setting ready.
package main

import (
	"fmt"
	"sync"
)

type feed struct {
	cond  *sync.Cond
	ready bool
	items []int
}

func newFeed() *feed {
	return &feed{cond: sync.NewCond(&sync.Mutex{})}
}

func (f *feed) fill() {
	f.cond.L.Lock()
	f.items = []int{1, 2, 3}
	f.ready = true
	f.cond.Broadcast()
	f.cond.L.Unlock()
}

func (f *feed) all() []int {
	f.cond.L.Lock()
	defer f.cond.L.Unlock()
	go f.fill()
	for !f.ready {
		f.cond.Wait()
	}
	return f.items
}

func main() {
	fmt.Println(newFeed().all())
}
