package main

import (
	"fmt"
	"sync"
)

// Meter counts events in the background.
type Meter struct {
	events chan int
	total  int

	done      chan struct{} // closed by Close: stops the worker
	closeOnce sync.Once
}

func NewMeter() *Meter {
	m := &Meter{
		events: make(chan int, 4),
		done:   make(chan struct{}),
	}
	go m.loop()
	return m
}

func (m *Meter) Add(n int) { m.events <- n }

func (m *Meter) loop() {
	for {
		select {
		case <-m.done:
			return
		case n := <-m.events:
			m.total += n
		}
	}
}

// Close stops the worker started by NewMeter; calling it more than once is safe.
func (m *Meter) Close() {
	m.closeOnce.Do(func() { close(m.done) })
}

func probe() {
	defer NewMeter().Close()
}

func measure() {
	m := NewMeter()
	defer m.Close()
	m.Add(3)
	fmt.Println("measured")
}

func main() {
	probe()
	measure()
}
