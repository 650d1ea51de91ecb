// Several waiters wait for the same gate but the opener signals once: only one wakes.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type gate struct {
	mu   sync.Mutex
	cond *sync.Cond
	open bool
}

func (g *gate) pass(id int, passed chan<- int) {
	g.mu.Lock()
	for !g.open {
		g.cond.Wait() // want "cond.*[(]cond-wait-leak[)]"
	}
	g.mu.Unlock()
	passed <- id
}

func (g *gate) openGate() {
	g.mu.Lock()
	g.open = true
	g.cond.Signal()
	g.mu.Unlock()
}

func main() {
	g := &gate{}
	g.cond = sync.NewCond(&g.mu)
	passed := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go g.pass(i, passed)
	}
	time.Sleep(20 * time.Millisecond)
	g.openGate()
	time.Sleep(20 * time.Millisecond)
	fmt.Println(len(passed), "passed; goroutines:", runtime.NumGoroutine())
}
