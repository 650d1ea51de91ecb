package fetch

import "testing"

// TestSizeFast checks the first of two answers; the buffer lets the other sender finish.
func TestSizeFast(t *testing.T) {
	sizes := make(chan int, 2)
	for _, u := range []string{"a", "bb"} {
		go func(u string) {
			sizes <- Size(u)
		}(u)
	}
	if n := <-sizes; n == 0 {
		t.Fatal("empty")
	}
}
