package main

import (
	"context"
	"fmt"
)

type session struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func newSession() *session {
	ctx, cancel := context.WithCancel(context.Background())
	return &session{ctx: ctx, cancel: cancel}
}

func (s *session) keepAlive() {
	<-s.ctx.Done()
	fmt.Println("session over")
}

// use ends the session when it returns.
func use() {
	s := newSession()
	defer s.cancel()
	go s.keepAlive()
}

func main() {
	use()
	fmt.Println("used")
}
