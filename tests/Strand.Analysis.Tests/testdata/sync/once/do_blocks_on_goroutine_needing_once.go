// The Once's function waits for a warm-up goroutine, and that goroutine itself goes through
// the Once first: the function never returns and every Do waits.
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
	once.Do(func() { // want "once.*[(]once-deadlock[)]"
		warmed := make(chan struct{})
		go warm(warmed)
		client = map[string]int{}
		<-warmed // want "warmed.*[(]once-deadlock[)]"
	})
	return client
}

func warm(done chan<- struct{}) {
	c := getClient()
	c["warm"] = 1
	close(done)
}

func main() {
	fmt.Println(len(getClient()))
}
