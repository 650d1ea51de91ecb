// The twin of consumer_after_producer_exits.go: close sets a flag and broadcasts; the consumer
// returns when the queue is drained and closed.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []int
	closed bool
}

func (q *queue) put(x int) {
	q.mu.Lock()
	q.items = append(q.items, x)
	q.cond.Signal()
	q.mu.Unlock()
}

func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.cond.Broadcast()
	q.mu.Unlock()
}

func (q *queue) consume(sum *int, done chan<- struct{}) {
	defer close(done)
	for {
		q.mu.Lock()
		for len(q.items) == 0 && !q.closed {
			q.cond.Wait()
		}
		if len(q.items) == 0 {
			q.mu.Unlock()
			return
		}
		x := q.items[0]
		q.items = q.items[1:]
		*sum += x
		q.mu.Unlock()
	}
}

func main() {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	sum := 0
	done := make(chan struct{})
	go q.consume(&sum, done)
	for i := 1; i <= 3; i++ {
		q.put(i)
	}
	q.close()
	<-done
	fmt.Println(sum)
}
