// The loop locks per item and skips empty items with continue before the unlock: the next
// iteration's Lock blocks forever.
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
		ix.mu.Lock() // want "mu.*[(]lock-leak[)]"
		if w == "" {
			continue
		}
		ix.words[w]++
		ix.mu.Unlock()
	}
}

func main() {
	ix := &index{words: map[string]int{}}
	ix.addAll([]string{"go", "", "strand"})
	fmt.Println(len(ix.words))
}
