package relay

import (
	"testing"
	"time"
)

// TestStart guards each wait with a timer that fails the test on a hang (the idiom of
// crypto/tls, net/http and sync tests): a few timers that live ten seconds at most in a test binary.
func TestStart(t *testing.T) {
	acks := make(chan int)
	Start(3, acks)
	for i := 0; i < 3; i++ {
		select {
		case <-acks:
		case <-time.After(10 * time.Second):
			t.Fatal("worker never acknowledged")
		}
	}
}
