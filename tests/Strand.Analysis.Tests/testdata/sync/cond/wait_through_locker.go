// Both sides lock through the Cond's Locker (f.cond.L); the filler sets ready but never
// signals, so the waiter sleeps in Wait forever.
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
	f.cond.L.Unlock()
}

func (f *feed) all() []int {
	f.cond.L.Lock()
	defer f.cond.L.Unlock()
	go f.fill()
	for !f.ready {
		f.cond.Wait() // want "cond.*[(]cond-wait-leak[)]"
	}
	return f.items
}

func main() {
	fmt.Println(newFeed().all())
}
