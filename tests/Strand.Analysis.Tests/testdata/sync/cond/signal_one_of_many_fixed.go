// The twin of signal_one_of_many.go: opening the gate broadcasts to every waiter.
package main

import (
	"fmt"
	"sync"
)

type gate struct {
	mu   sync.Mutex
	cond *sync.Cond
	open bool
}

func (g *gate) pass(id int, passed chan<- int) {
	g.mu.Lock()
	for !g.open {
		g.cond.Wait()
	}
	g.mu.Unlock()
	passed <- id
}

func (g *gate) openGate() {
	g.mu.Lock()
	g.open = true
	g.cond.Broadcast()
	g.mu.Unlock()
}

func main() {
	g := &gate{}
	g.cond = sync.NewCond(&g.mu)
	passed := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go g.pass(i, passed)
	}
	g.openGate()
	for i := 0; i < 3; i++ {
		<-passed
	}
	fmt.Println("all passed")
}
