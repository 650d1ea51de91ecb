package main

import (
	"fmt"
	"runtime"
)

// Logger writes lines in the background until it is closed.
type Logger struct {
	lines chan string
}

func NewLogger() *Logger {
	l := &Logger{lines: make(chan string, 16)}
	go l.drain()
	return l
}

func (l *Logger) Log(s string) { l.lines <- s }

// Close ends the drain goroutine once the queued lines are written.
func (l *Logger) Close() { close(l.lines) }

func (l *Logger) drain() {
	for line := range l.lines {
		fmt.Println(line)
	}
}

func handle() {
	l := NewLogger()
	defer l.Close()
	l.Log("handled")
}

func main() {
	handle()
	fmt.Println(runtime.NumGoroutine())
}
