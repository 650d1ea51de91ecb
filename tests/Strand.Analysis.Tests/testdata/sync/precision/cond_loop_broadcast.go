// A bounded queue with two conditions, waits in loops, and Broadcast on close.
package main

import (
	"fmt"
	"sync"
)

type bounded struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
	closed   bool
}

func newBounded(n int) *bounded {
	b := &bounded{cap: n}
	b.notEmpty = sync.NewCond(&b.mu)
	b.notFull = sync.NewCond(&b.mu)
	return b
}

func (b *bounded) put(x int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == b.cap {
		b.notFull.Wait()
	}
	b.items = append(b.items, x)
	b.notEmpty.Signal()
}

func (b *bounded) get() (int, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == 0 && !b.closed {
		b.notEmpty.Wait()
	}
	if len(b.items) == 0 {
		return 0, false
	}
	x := b.items[0]
	b.items = b.items[1:]
	b.notFull.Signal()
	return x, true
}

func (b *bounded) close() {
	b.mu.Lock()
	b.closed = true
	b.notEmpty.Broadcast()
	b.mu.Unlock()
}

func main() {
	b := newBounded(2)
	var wg sync.WaitGroup
	sums := make([]int, 3)
	for i := range sums {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for {
				x, ok := b.get()
				if !ok {
					return
				}
				sums[i] += x
			}
		}(i)
	}
	for x := 1; x <= 10; x++ {
		b.put(x)
	}
	b.close()
	wg.Wait()
	fmt.Println(sums[0] + sums[1] + sums[2])
}
