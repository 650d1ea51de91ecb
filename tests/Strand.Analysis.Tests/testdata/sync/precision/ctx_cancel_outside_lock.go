// The canceller takes the lock only to record why; the waiter does not hold it while waiting.
package main

import (
	"context"
	"fmt"
	"sync"
)

type run struct {
	mu     sync.Mutex
	reason string
}

func (r *run) stop(cancel context.CancelFunc, why string) {
	r.mu.Lock()
	r.reason = why
	r.mu.Unlock()
	cancel()
}

func (r *run) wait(ctx context.Context) string {
	<-ctx.Done()
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.reason
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r := &run{}
	go r.stop(cancel, "done")
	fmt.Println(r.wait(ctx))
}
