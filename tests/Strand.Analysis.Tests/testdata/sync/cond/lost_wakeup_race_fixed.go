// The twin of lost_wakeup_race.go: the waiter loops on the result being empty.
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
	for t.out == "" {
		t.cond.Wait()
	}
	return t.out
}

func main() {
	fmt.Println(run("a"))
}
