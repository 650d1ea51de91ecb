// The twin of recv_under_lock_sender_locks.go: the waiter releases the lock before receiving.
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

func (j *job) work() {
	j.mu.Lock()
	j.state = "running"
	j.mu.Unlock()
	j.result <- 7
}

func (j *job) await() int {
	j.mu.Lock()
	j.state = "waiting"
	j.mu.Unlock()
	return <-j.result
}

func main() {
	j := &job{result: make(chan int)}
	go j.work()
	fmt.Println(j.await())
}
