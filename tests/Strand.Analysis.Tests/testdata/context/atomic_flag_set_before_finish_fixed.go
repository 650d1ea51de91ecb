package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
)

var errFinished = errors.New("already finished")

// job is cancelled by the first finish; a flag keeps later calls from doing it twice.
type job struct {
	state  int32
	ctx    context.Context
	cancel context.CancelFunc
}

func startJob() *job {
	ctx, cancel := context.WithCancel(context.Background())
	j := &job{ctx: ctx, cancel: cancel}
	go j.monitor()
	return j
}

func (j *job) monitor() {
	<-j.ctx.Done()
	fmt.Println("job over")
}

func (j *job) finish() error {
	if !atomic.CompareAndSwapInt32(&j.state, 0, 1) {
		return errFinished
	}
	j.cancel()
	return nil
}

// Done leaves the flag to finish: the first call cancels the context and the monitor ends.
func (j *job) Done() error {
	return j.finish()
}

func main() {
	j := startJob()
	fmt.Println(j.Done())
}
