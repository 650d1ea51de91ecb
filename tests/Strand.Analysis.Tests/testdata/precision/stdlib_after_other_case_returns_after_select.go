// Package retry backs off between attempts; the case that beats the timer falls out of the
// select into code that always returns, so no abandoned timer is followed by another turn
// (shape of net/http/h2_bundle.go:7260).
package retry

import (
	"context"
	"time"
)

// Do calls step until it succeeds, waiting longer after each failure.
func Do(ctx context.Context, step func() error) error {
	for try := 0; ; try++ {
		err := step()
		if err != nil && try < 6 {
			select {
			case <-time.After(time.Duration(try) * time.Millisecond):
				continue
			case <-ctx.Done():
				err = ctx.Err()
			}
		}
		if err != nil {
			return err
		}
		return nil
	}
}
