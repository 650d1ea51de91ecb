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
	<-s.ctx.Done() // want "ctx.*\(ctx-leak\)"
	fmt.Println("session over")
}

// use starts the keep-alive and drops the session without calling its cancel.
func use() {
	s := newSession()
	go s.keepAlive()
}

func main() {
	use()
	fmt.Println("used")
}
