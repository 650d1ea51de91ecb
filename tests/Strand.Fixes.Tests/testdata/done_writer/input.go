package main

import (
	"fmt"
	"runtime"
	"time"
)

// Logger writes queued lines in the background.
type Logger struct {
	lines  chan string
	prefix string
}

// NewLogger starts the background writer; nothing can ever stop it.
func NewLogger(prefix string) *Logger {
	l := &Logger{lines: make(chan string), prefix: prefix}
	go l.run()
	return l
}

func (l *Logger) run() {
	for {
		line := <-l.lines
		fmt.Println(l.prefix + line)
	}
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
