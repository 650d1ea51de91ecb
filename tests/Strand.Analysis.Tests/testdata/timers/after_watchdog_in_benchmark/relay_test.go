package relay

import (
	"testing"
	"time"
)

// BenchmarkStart guards every one of b.N waits with its own ten-second timer: a fast loop keeps
// up to b.N timers alive at once (and counts their allocations).
func BenchmarkStart(b *testing.B) {
	acks := make(chan int)
	for i := 0; i < b.N; i++ {
		Start(1, acks)
		select {
		case <-acks:
		case <-time.After(10 * time.Second): // want "time\.After.*\(after-in-loop\)"
			b.Fatal("worker never acknowledged")
		}
	}
}
