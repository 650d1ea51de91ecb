// The watcher holds the lock while it waits for cancellation; the only code that cancels must
// take that lock first.
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
	s.mu.Lock() // want "mu.*[(]lock-chan-deadlock[)]"
	s.closed = true
	s.cancel()
	s.mu.Unlock()
}

func (s *session) watch(ctx context.Context) {
	s.mu.Lock()
	defer s.mu.Unlock()
	<-ctx.Done() // want "Done.*[(]lock-chan-deadlock[)]"
	fmt.Println("closed:", s.closed)
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	s := &session{cancel: cancel}
	go s.close()
	s.watch(ctx)
}
