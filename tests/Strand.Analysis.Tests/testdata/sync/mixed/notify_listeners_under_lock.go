// notify sends to every listener while holding the registry lock; a listener that registers a
// follow-up listener first needs that lock, so it never gets to receive.
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
	r.mu.Lock() // want "mu.*[(]lock-chan-deadlock[)]"
	r.listeners = append(r.listeners, ch)
	r.mu.Unlock()
}

func (r *registry) notify(ev string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, l := range r.listeners {
		l <- ev // want "[(]lock-chan-deadlock[)]"
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
