// Package ticks checks that time.Tick refuses a non-positive period: Tick(-1) returns nil and
// starts no ticker, so nothing is left running (shape of time/tick_test.go:122).
package ticks

import "time"

// RejectsNegative reports whether Tick gives no channel for a negative period.
func RejectsNegative() bool {
	return time.Tick(-1) == nil
}
