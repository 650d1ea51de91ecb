// The twin of ctx_cancel_needs_lock.go: the watcher waits without the lock and takes it only
// to read the state.
package main

import (
	"context"
	"fmt"
	"sync"
)

type session struct {
	mu     sync.Mutex
	cancel context.CancelFunc
	closed bool
}

func (s *session) close() {
	s.mu.Lock()
	s.closed = true
	s.cancel()
	s.mu.Unlock()
}

func (s *session) watch(ctx context.Context) {
	<-ctx.Done()
	s.mu.Lock()
	defer s.mu.Unlock()
	fmt.Println("closed:", s.closed)
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	s := &session{cancel: cancel}
	go s.close()
	s.watch(ctx)
}
