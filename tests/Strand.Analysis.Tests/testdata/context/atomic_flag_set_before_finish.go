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
	<-j.ctx.Done() // want "ctx.*\(ctx-leak\)"
	fmt.Println("job over")
}

func (j *job) finish() error {
	if !atomic.CompareAndSwapInt32(&j.state, 0, 1) {
		return errFinished
	}
	j.cancel()
	return nil
}

// Done marks the job finished before calling finish, so finish always finds the flag set and
// never cancels: the monitor waits forever.
func (j *job) Done() error {
	atomic.StoreInt32(&j.state, 1)
	return j.finish()
}

func main() {
	j := startJob()
	fmt.Println(j.Done())
}
