// The twin of notify_listeners_under_lock.go: notify copies the listeners under the lock and
// sends after releasing it.
package main

import (
	"fmt"
	"sync"
)

type registry struct {
	mu        sync.Mutex
	listeners []chan string
}

func (r *registry) register(ch chan string) {
	r.mu.Lock()
	r.listeners = append(r.listeners, ch)
	r.mu.Unlock()
}

func (r *registry) notify(ev string) {
	r.mu.Lock()
	ls := append([]chan string(nil), r.listeners...)
	r.mu.Unlock()
	for _, l := range ls {
		l <- ev
	}
}

func main() {
	r := &registry{}
	first := make(chan string)
	r.register(first)
	done := make(chan struct{})
	go func() {
		r.register(make(chan string, 1))
		fmt.Println("got", <-first)
		close(done)
	}()
	r.notify("ping")
	<-done
}
