// Locks taken and released in every iteration, including on continue and break paths.
package main

import (
	"fmt"
	"sync"
)

type tally struct {
	mu   sync.Mutex
	hits map[string]int
}

func (t *tally) addAll(words []string) {
	for _, w := range words {
		t.mu.Lock()
		if w == "" {
			t.mu.Unlock()
			continue
		}
		if w == "stop" {
			t.mu.Unlock()
			break
		}
		t.hits[w]++
		t.mu.Unlock()
	}
	t.mu.Lock()
	t.hits["batches"]++
	t.mu.Unlock()
}

func (t *tally) drain(max int) int {
	n := 0
	for {
		t.mu.Lock()
		if len(t.hits) == 0 || n == max {
			t.mu.Unlock()
			return n
		}
		for k := range t.hits {
			delete(t.hits, k)
			break
		}
		n++
		t.mu.Unlock()
	}
}

func main() {
	t := &tally{hits: map[string]int{}}
	done := make(chan struct{})
	go func() {
		defer close(done)
		t.addAll([]string{"a", "", "b", "stop", "c"})
	}()
	t.addAll([]string{"x"})
	<-done
	fmt.Println(t.drain(10))
}
