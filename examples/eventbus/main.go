// Command eventbus: a lock held across a channel send, leaky and fixed.
package main

import (
	"fmt"
	"os"
	"sync"
)

// leakyBus publishes while it holds mu; its subscriber needs mu before it receives.
type leakyBus struct {
	mu      sync.Mutex
	updates chan string
	sent    int
}

func (b *leakyBus) publish(msg string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.sent++
	b.updates <- msg
}

func (b *leakyBus) subscribe(out chan<- string) {
	b.mu.Lock()
	seen := b.sent
	b.mu.Unlock()
	out <- fmt.Sprintf("%d: %s", seen, <-b.updates)
}

// fixedBus counts under the lock and sends after releasing it.
type fixedBus struct {
	mu      sync.Mutex
	updates chan string
	sent    int
}

func (b *fixedBus) publish(msg string) {
	b.mu.Lock()
	b.sent++
	b.mu.Unlock()
	b.updates <- msg
}

func (b *fixedBus) subscribe(out chan<- string) {
	b.mu.Lock()
	seen := b.sent
	b.mu.Unlock()
	out <- fmt.Sprintf("%d: %s", seen, <-b.updates)
}

func main() {
	out := make(chan string)
	if len(os.Args) > 1 && os.Args[1] == "leaky" {
		b := &leakyBus{updates: make(chan string)}
		go b.subscribe(out)
		b.publish("hello")
		fmt.Println(<-out)
		return
	}
	b := &fixedBus{updates: make(chan string)}
	go b.subscribe(out)
	b.publish("hello")
	fmt.Println(<-out)
}
