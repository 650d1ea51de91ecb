// Package gcwait waits for a signal, polling on a short timer; the other cases return or
// end the test with t.Fatal, so every timer abandoned by a leaving iteration is the last one
// (shape of net/http/clientserver_test.go:1098).
package gcwait

import (
	"runtime"
	"testing"
	"time"
)

// WaitGC polls until done is closed or the deadline fires.
func WaitGC(t *testing.T, done <-chan struct{}) {
	deadline := time.NewTimer(5 * time.Second)
	defer deadline.Stop()
	for {
		select {
		case <-done:
			return
		case <-time.After(100 * time.Millisecond):
			runtime.GC()
		case <-deadline.C:
			t.Fatal("never saw the signal")
		}
	}
}
