// The twin of do_blocks_on_goroutine_needing_once.go: the warm-up receives the client it works
// on instead of calling back into the Once.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	client map[string]int
)

func getClient() map[string]int {
	once.Do(func() {
		warmed := make(chan struct{})
		c := map[string]int{}
		go warm(c, warmed)
		<-warmed
		client = c
	})
	return client
}

func warm(c map[string]int, done chan<- struct{}) {
	c["warm"] = 1
	close(done)
}

func main() {
	fmt.Println(len(getClient()))
}
