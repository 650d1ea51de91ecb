// Command writer: a background writer started by its constructor, leaky and fixed.
package main

import (
	"fmt"
	"runtime"
)

// LeakyWriter has no way to stop its worker.
type LeakyWriter struct {
	queue chan []byte
}

func NewLeakyWriter() *LeakyWriter {
	w := &LeakyWriter{queue: make(chan []byte, 10)}
	go w.process()
	return w
}

func (w *LeakyWriter) Write(msg []byte) { w.queue <- msg }

func (w *LeakyWriter) process() {
	for msg := range w.queue {
		fmt.Printf("leaky writer: %s\n", msg)
	}
}

// Writer's Close closes the queue, which ends the worker's range loop.
type Writer struct {
	queue chan []byte
}

func NewWriter() *Writer {
	w := &Writer{queue: make(chan []byte, 10)}
	go w.process()
	return w
}

func (w *Writer) Write(msg []byte) { w.queue <- msg }

func (w *Writer) Close() { close(w.queue) }

func (w *Writer) process() {
	for msg := range w.queue {
		fmt.Printf("writer: %s\n", msg)
	}
}

func useLeaky() {
	w := NewLeakyWriter()
	w.Write([]byte("hello"))
}

func useFixed() {
	w := NewWriter()
	defer w.Close()
	w.Write([]byte("hello"))
}

func main() {
	useLeaky()
	useFixed()
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
