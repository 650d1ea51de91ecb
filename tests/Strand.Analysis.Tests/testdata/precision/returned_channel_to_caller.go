// Package gen produces sequences.
package gen

// Count returns a channel that will carry 0..n-1; the caller decides how much it reads.
// Whether the caller drains it is the caller's business: Strand sees no caller here.
func Count(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i
		}
	}()
	return out
}
