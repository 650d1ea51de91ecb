// The reader holds a read lock and takes it again after a writer has queued: the writer waits
// for the first read lock, and the second RLock waits behind the writer.
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
	mu.RLock() // want "mu.*[(]recursive-rlock[)]"
	defer mu.RUnlock()
	return len(hosts)
}

func addHost(h string) {
	mu.Lock() // want "mu.*[(]recursive-rlock[)]"
	hosts = append(hosts, h)
	mu.Unlock()
}

func main() {
	mu.RLock()
	go addHost("c")
	time.Sleep(20 * time.Millisecond)
	fmt.Println(hosts[0], count())
	mu.RUnlock()
}
