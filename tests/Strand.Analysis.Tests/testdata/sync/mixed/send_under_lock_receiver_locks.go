// The publisher holds the lock while it sends; the subscriber must take the same lock before
// it receives.
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
	defer b.mu.Unlock()
	b.count++
	b.events <- ev // want "events.*[(]lock-chan-deadlock[)]"
}

func (b *bus) subscribe(done chan<- string) {
	b.mu.Lock() // want "mu.*[(]lock-chan-deadlock[)]"
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
