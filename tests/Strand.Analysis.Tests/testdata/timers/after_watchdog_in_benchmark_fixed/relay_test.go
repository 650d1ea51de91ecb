package relay

import (
	"testing"
	"time"
)

// BenchmarkStart guards the whole run with one timer made before the loop.
func BenchmarkStart(b *testing.B) {
	acks := make(chan int)
	guard := time.NewTimer(10 * time.Second)
	defer guard.Stop()
	for i := 0; i < b.N; i++ {
		Start(1, acks)
		select {
		case <-acks:
		case <-guard.C:
			b.Fatal("worker never acknowledged")
		}
	}
}
