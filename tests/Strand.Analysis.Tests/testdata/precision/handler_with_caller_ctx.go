// Package handler answers requests within the caller's deadline.
package handler

import "context"

func compute(q string) string { return "answer to " + q }

// Answer waits for the computation or the caller's context; the buffered result lets the
// worker finish even when the caller gave up.
func Answer(ctx context.Context, q string) (string, error) {
	res := make(chan string, 1)
	go func() { res <- compute(q) }()
	select {
	case r := <-res:
		return r, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}
