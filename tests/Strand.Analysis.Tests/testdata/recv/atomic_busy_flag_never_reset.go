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

// run sets the busy flag and forgets to clear it.
func (w *worker) run() {
	atomic.StoreInt32(&w.busy, 1)
	fmt.Println("working")
}

func main() {
	w := &worker{idle: make(chan struct{})}
	go func() {
		<-w.idle // want "receiving from w.idle.*\(chan-recv-leak\)"
		fmt.Println("worker idle")
	}()
	w.run()
	if atomic.LoadInt32(&w.busy) == 0 {
		close(w.idle)
	}
}
