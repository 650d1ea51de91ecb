// The mutex escapes to code Strand cannot see (reflection), which unlocks it: the second Lock
// is fine, and Strand must not guess otherwise.
package main

import (
	"fmt"
	"reflect"
	"sync"
)

func release(l interface{}) {
	reflect.ValueOf(l).MethodByName("Unlock").Call(nil)
}

func main() {
	var mu sync.Mutex
	mu.Lock()
	release(&mu)
	mu.Lock()
	fmt.Println("locked again")
	mu.Unlock()
}
