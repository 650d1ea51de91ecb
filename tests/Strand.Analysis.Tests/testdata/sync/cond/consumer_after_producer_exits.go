// The consumer waits for more items, but the producer has no way to say it is finished: once
// the queue is drained the consumer waits forever.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func (q *queue) put(x int) {
	q.mu.Lock()
	q.items = append(q.items, x)
	q.cond.Signal()
	q.mu.Unlock()
}

func (q *queue) consume(sum *int) {
	for {
		q.mu.Lock()
		for len(q.items) == 0 {
			q.cond.Wait() // want "cond.*[(]cond-wait-leak[)]"
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
	go q.consume(&sum)
	for i := 1; i <= 3; i++ {
		q.put(i)
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
