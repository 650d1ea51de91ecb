// A worker signals completion once, and the waiter may not be waiting yet: without a flag to
// re-check, a signal that comes first is lost.
package main

import (
	"fmt"
	"sync"
)

type task struct {
	mu   sync.Mutex
	cond *sync.Cond
	out  string
}

func run(name string) string {
	t := &task{}
	t.cond = sync.NewCond(&t.mu)
	go func() {
		t.mu.Lock()
		t.out = "done: " + name
		t.cond.Signal()
		t.mu.Unlock()
	}()
	t.mu.Lock()
	defer t.mu.Unlock()
	t.cond.Wait() // want "cond.*[(]cond-wait-leak[)]"
	return t.out
}

func main() {
	fmt.Println(run("a"))
}
