// The twin of send_under_lock_receiver_locks.go: the publisher sends after unlocking.
package main

import (
	"fmt"
	"sync"
)

type bus struct {
	mu     sync.Mutex
	events chan string
	count  int
}

func (b *bus) publish(ev string) {
	b.mu.Lock()
	b.count++
	b.mu.Unlock()
	b.events <- ev
}

func (b *bus) subscribe(done chan<- string) {
	b.mu.Lock()
	n := b.count
	b.mu.Unlock()
	done <- fmt.Sprint(n, " ", <-b.events)
}

func main() {
	b := &bus{events: make(chan string)}
	done := make(chan string)
	go b.subscribe(done)
	b.publish("start")
	fmt.Println(<-done)
}
