package main

import (
	"fmt"
	"runtime"
)

// Sink buffers messages for a background goroutine until it is closed.
type Sink struct {
	buf chan []byte
}

func NewSink() *Sink {
	s := &Sink{buf: make(chan []byte, 8)}
	go s.loop()
	return s
}

func (s *Sink) Put(msg []byte) {
	s.buf <- msg
}

// Close lets loop drain what is queued and return.
func (s *Sink) Close() { close(s.buf) }

func (s *Sink) loop() {
	for msg := range s.buf {
		fmt.Println(len(msg))
	}
}

func use() {
	s := NewSink()
	defer s.Close()
	s.Put([]byte("x"))
}

func main() {
	fmt.Println(runtime.NumGoroutine())
	use()
	fmt.Println(runtime.NumGoroutine())
}
