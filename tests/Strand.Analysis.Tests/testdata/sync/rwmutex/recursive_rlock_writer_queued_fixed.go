// The twin of recursive_rlock_writer_queued.go: main reads the length under the read lock it
// already holds instead of calling count, which would read-lock again.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	mu    sync.RWMutex
	hosts = []string{"a", "b"}
)

func count() int {
	mu.RLock()
	defer mu.RUnlock()
	return len(hosts)
}

func addHost(h string) {
	mu.Lock()
	hosts = append(hosts, h)
	mu.Unlock()
}

func main() {
	done := make(chan struct{})
	mu.RLock()
	go func() {
		addHost("c")
		close(done)
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println(hosts[0], len(hosts))
	mu.RUnlock()
	<-done
	fmt.Println(count())
}
