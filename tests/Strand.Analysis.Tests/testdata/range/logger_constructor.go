package main

import (
	"fmt"
	"runtime"
)

// Logger writes lines in the background.
type Logger struct {
	lines chan string
}

func NewLogger() *Logger {
	l := &Logger{lines: make(chan string, 16)}
	go l.drain()
	return l
}

func (l *Logger) Log(s string) { l.lines <- s }

func (l *Logger) drain() {
	for line := range l.lines { // want "lines.*\(chan-range-leak\)"
		fmt.Println(line)
	}
}

// handle uses a logger and drops it: nothing can ever stop its drain goroutine.
func handle() {
	l := NewLogger()
	l.Log("handled")
}

func main() {
	handle()
	fmt.Println(runtime.NumGoroutine())
}
