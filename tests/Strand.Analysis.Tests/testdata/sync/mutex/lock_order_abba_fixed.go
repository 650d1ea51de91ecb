// The twin of lock_order_abba.go: lookup releases the cache lock before it takes the config lock,
// so no goroutine ever holds cacheMu while waiting for cfgMu.
package main

import (
	"fmt"
	"sync"
)

var (
	cfgMu   sync.Mutex
	cacheMu sync.Mutex
	cfg     = map[string]string{}
	cache   = map[string]string{}
)

func reload() {
	cfgMu.Lock()
	cfg["mode"] = "fast"
	cacheMu.Lock()
	cache = map[string]string{}
	cacheMu.Unlock()
	cfgMu.Unlock()
}

func lookup(key string) string {
	cacheMu.Lock()
	v, ok := cache[key]
	cacheMu.Unlock()
	if ok {
		return v
	}
	cfgMu.Lock()
	v = cfg[key]
	cfgMu.Unlock()
	cacheMu.Lock()
	cache[key] = v
	cacheMu.Unlock()
	return v
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); reload() }()
	go func() { defer wg.Done(); lookup("mode") }()
	wg.Wait()
	fmt.Println(lookup("mode"))
}
