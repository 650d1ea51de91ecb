// The twin of cond_literal.go: the worker signals after marking the job finished.
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
	j.done.Signal()
	j.mu.Unlock()
}

func (j *job) wait() string {
	j.mu.Lock()
	defer j.mu.Unlock()
	go j.work()
	for !j.finished {
		j.done.Wait()
	}
	return j.result
}

func main() {
	fmt.Println(newJob().wait())
}
