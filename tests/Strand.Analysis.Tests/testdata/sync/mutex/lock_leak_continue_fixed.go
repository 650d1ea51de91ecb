// The twin of lock_leak_continue.go: the empty item is skipped before the lock is taken.
package main

import (
	"fmt"
	"sync"
)

type index struct {
	mu    sync.Mutex
	words map[string]int
}

func (ix *index) addAll(words []string) {
	for _, w := range words {
		if w == "" {
			continue
		}
		ix.mu.Lock()
		ix.words[w]++
		ix.mu.Unlock()
	}
}

func main() {
	ix := &index{words: map[string]int{}}
	ix.addAll([]string{"go", "", "strand"})
	fmt.Println(len(ix.words))
}
