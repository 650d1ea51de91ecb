// Lazy initialisation through a Once from many goroutines; the function neither blocks nor
// re-enters.
package main

import (
	"fmt"
	"sync"
)

type dict struct {
	once  sync.Once
	words map[string]bool
}

func (d *dict) load() {
	d.words = map[string]bool{"go": true, "strand": true}
}

func (d *dict) has(w string) bool {
	d.once.Do(d.load)
	return d.words[w]
}

func main() {
	d := &dict{}
	var wg sync.WaitGroup
	hits := make([]bool, 4)
	for i := range hits {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			hits[i] = d.has("go")
		}(i)
	}
	wg.Wait()
	fmt.Println(hits)
}
