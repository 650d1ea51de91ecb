// The waiter receives while holding the lock; the only sender takes the lock before sending.
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
	j.mu.Lock() // want "mu.*[(]lock-chan-deadlock[)]"
	j.state = "running"
	j.mu.Unlock()
	j.result <- 7
}

func (j *job) await() int {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.state = "waiting"
	return <-j.result // want "result.*[(]lock-chan-deadlock[)]"
}

func main() {
	j := &job{result: make(chan int)}
	go j.work()
	fmt.Println(j.await())
}
