// Package watch runs watchers bound to their caller's context.
package watch

import "context"

// Start stops the watcher when the caller's context ends: Strand cannot see that caller, so the
// context is open and the wait is not a leak.
func Start(ctx context.Context, onStop func()) {
	go func() {
		<-ctx.Done()
		onStop()
	}()
}
