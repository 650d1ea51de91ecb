// Two goroutines take the same two locks in opposite orders.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
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
	time.Sleep(time.Millisecond) // widens the window so that go run shows the deadlock
	cacheMu.Lock()               // want "cacheMu.*[(]lock-order[)]"
	cache = map[string]string{}
	cacheMu.Unlock()
	cfgMu.Unlock()
}

func lookup(key string) string {
	cacheMu.Lock()
	defer cacheMu.Unlock()
	if v, ok := cache[key]; ok {
		return v
	}
	time.Sleep(time.Millisecond) // widens the window so that go run shows the deadlock
	cfgMu.Lock()                 // want "cfgMu.*[(]lock-order[)]"
	v := cfg[key]
	cfgMu.Unlock()
	cache[key] = v
	return v
}

func main() {
	go reload()
	go lookup("mode")
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
