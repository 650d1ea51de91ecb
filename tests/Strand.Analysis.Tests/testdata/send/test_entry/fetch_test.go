package fetch

import "testing"

// TestSizeFast checks only the first of two answers; the second sender blocks forever.
func TestSizeFast(t *testing.T) {
	sizes := make(chan int)
	for _, u := range []string{"a", "bb"} {
		go func(u string) {
			sizes <- Size(u) // want "sending on sizes.*\(chan-send-leak\)"
		}(u)
	}
	if n := <-sizes; n == 0 {
		t.Fatal("empty")
	}
}
