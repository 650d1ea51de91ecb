// Package poll polls until done; the only case that can beat the timer leaves the loop, so
// every timer made by an iteration that loops again has already fired
// (shape of cmd/go/internal/lockedfile/lockedfile_test.go:251, net/http/clientserver_test.go:1098).
package poll

import "time"

// Until calls step every interval until done is closed.
func Until(done <-chan struct{}, step func()) {
	for {
		select {
		case <-done:
			return
		case <-time.After(10 * time.Millisecond):
			step()
		}
	}
}
