// The usual shape: every method locks and defers the unlock, methods that need each other's
// results call unexported helpers that assume the lock, and many goroutines use the object.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type inventory struct {
	mu    sync.Mutex
	stock map[string]int
}

func (inv *inventory) Add(item string, n int) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	inv.stock[item] += n
}

func (inv *inventory) Take(item string, n int) bool {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if inv.countLocked(item) < n {
		return false
	}
	inv.stock[item] -= n
	return true
}

func (inv *inventory) Count(item string) int {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	return inv.countLocked(item)
}

func (inv *inventory) countLocked(item string) int { return inv.stock[item] }

func (inv *inventory) Items() []string {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	var out []string
	for k := range inv.stock {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (inv *inventory) Reset() {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	inv.stock = map[string]int{}
}

func main() {
	inv := &inventory{stock: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			inv.Add("bolt", i)
			inv.Take("bolt", 1)
			_ = inv.Count("bolt")
		}(i)
	}
	wg.Wait()
	fmt.Println(inv.Items(), inv.Count("bolt"))
	inv.Reset()
}
