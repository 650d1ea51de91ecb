package main

import (
	"fmt"
	"sync/atomic"
)

// worker marks itself busy while it runs; its idle watcher waits until it is told the worker is idle.
type worker struct {
	busy int32
	idle chan struct{}
}

// run clears the busy flag in a deferred call, so the watcher is told when it returns.
func (w *worker) run() {
	atomic.StoreInt32(&w.busy, 1)
	defer atomic.StoreInt32(&w.busy, 0)
	fmt.Println("working")
}

func main() {
	w := &worker{idle: make(chan struct{})}
	go func() {
		<-w.idle
		fmt.Println("worker idle")
	}()
	w.run()
	if atomic.LoadInt32(&w.busy) == 0 {
		close(w.idle)
	}
}
