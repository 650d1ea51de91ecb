package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// Logger writes queued lines in the background.
type Logger struct {
	lines  chan string
	prefix string

	done      chan struct{} // closed by Close: stops the worker
	closeOnce sync.Once
}

// NewLogger starts the background writer; nothing can ever stop it.
func NewLogger(prefix string) *Logger {
	l := &Logger{lines: make(chan string), prefix: prefix, done: make(chan struct{})}
	go l.run()
	return l
}

func (l *Logger) run() {
	for {
		select {
		case <-l.done:
			return
		case line := <-l.lines:
			fmt.Println(l.prefix + line)
		}
	}
}

// Close stops the worker started by NewLogger; calling it more than once is safe.
func (l *Logger) Close() {
	l.closeOnce.Do(func() { close(l.done) })
}

func main() {
	for i := 0; i < 50; i++ {
		l := NewLogger("log: ")
		// Release the logger if its type knows how.
		if c, ok := any(l).(interface{ Close() }); ok {
			c.Close()
		}
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
}
