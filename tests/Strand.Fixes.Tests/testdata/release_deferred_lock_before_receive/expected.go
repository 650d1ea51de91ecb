package main

import (
	"fmt"
	"sync"
)

type job struct {
	mu     sync.Mutex
	state  string
	result chan int
}

func (j *job) wait() int {
	j.mu.Lock()
	j.state = "waiting"
	// The result is read without the lock: the worker needs it to finish.
	j.mu.Unlock()
	return <-j.result
}

func (j *job) finish() {
	j.mu.Lock()
	j.state = "done"
	j.mu.Unlock()
	j.result <- 42
}

func main() {
	j := &job{result: make(chan int)}
	go j.finish()
	fmt.Println(j.wait())
}
