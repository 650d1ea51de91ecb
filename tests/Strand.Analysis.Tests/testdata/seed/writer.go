// strand:test does-not-compile
package main

import (
	"fmt"
	"runtime"
)

// Sink buffers messages for a background goroutine.
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

// loop receives forever; msg is never used, so as written the program does not compile.
func (s *Sink) loop() {
	for {
		msg := <-s.buf // want "buf.*\((chan-range-leak|chan-recv-leak)\)"
	}
}

func use() {
	NewSink()
}

func main() {
	fmt.Println(runtime.NumGoroutine())
	use()
	fmt.Println(runtime.NumGoroutine())
}
