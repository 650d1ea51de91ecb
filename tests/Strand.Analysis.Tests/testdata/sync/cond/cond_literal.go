// The Cond is a composite literal over the job's own mutex; the worker marks the job finished
// without signalling, so the waiter never wakes.
package main

import (
	"fmt"
	"sync"
)

type job struct {
	mu       sync.Mutex
	done     *sync.Cond
	finished bool
	result   string
}

func newJob() *job {
	j := &job{}
	j.done = &sync.Cond{L: &j.mu}
	return j
}

func (j *job) work() {
	j.mu.Lock()
	j.result = "ok"
	j.finished = true
	j.mu.Unlock()
}

func (j *job) wait() string {
	j.mu.Lock()
	defer j.mu.Unlock()
	go j.work()
	for !j.finished {
		j.done.Wait() // want "done.*[(]cond-wait-leak[)]"
	}
	return j.result
}

func main() {
	fmt.Println(newJob().wait())
}
