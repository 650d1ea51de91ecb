package main

import "fmt"

// firstMatch stops reading after the first match and closes done; the producer selects on done
// for every send, so it leaves too.
func firstMatch(words []string, want string) bool {
	out := make(chan string)
	done := make(chan struct{})
	defer close(done)
	go func() {
		for _, w := range words {
			select {
			case out <- w:
			case <-done:
				return
			}
		}
		close(out)
	}()
	for w := range out {
		if w == want {
			return true
		}
	}
	return false
}

func main() {
	fmt.Println(firstMatch([]string{"a", "b", "c"}, "b"))
}
