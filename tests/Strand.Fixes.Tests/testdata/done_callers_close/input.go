package main

import "fmt"

// Meter counts events in the background.
type Meter struct {
	events chan int
	total  int
}

func NewMeter() *Meter {
	m := &Meter{
		events: make(chan int, 4),
	}
	go m.loop()
	return m
}

func (m *Meter) Add(n int) { m.events <- n }

func (m *Meter) loop() {
	for {
		n := <-m.events
		m.total += n
	}
}

func probe() {
	NewMeter()
}

func measure() {
	m := NewMeter()
	m.Add(3)
	fmt.Println("measured")
}

func main() {
	probe()
	measure()
}
