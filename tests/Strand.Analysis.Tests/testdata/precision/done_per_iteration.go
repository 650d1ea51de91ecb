package main

import "fmt"

// serial runs each step in its own goroutine and waits for it before starting the next.
func serial(steps []string) {
	for _, s := range steps {
		done := make(chan struct{})
		go func(s string) {
			defer close(done)
			fmt.Println("step", s)
		}(s)
		<-done
	}
}

func main() {
	serial([]string{"fetch", "build", "test"})
}
