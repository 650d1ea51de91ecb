package main

import (
	"fmt"
	"sync"
)

type tally struct {
	mu     sync.Mutex
	counts map[string]int
}

func (t *tally) count(lines []string) {
	for _, line := range lines {
		t.mu.Lock()
		if line == "" {
			continue
		}
		for _, r := range line {
			if r == '#' {
				break // leaves the inner loop only: the lock is released below
			}
		}
		t.counts[line]++
		t.mu.Unlock()
	}
}

func main() {
	t := &tally{counts: map[string]int{}}
	t.count([]string{"a", "", "b"})
	fmt.Println(len(t.counts))
}
