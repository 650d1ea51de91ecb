// A lazily built registry whose constructor registers defaults through the public accessor,
// which goes through the same Once.
package main

import (
	"fmt"
	"sync"
)

var (
	regOnce  sync.Once
	registry map[string]func() string
)

func reg() map[string]func() string {
	regOnce.Do(initRegistry) // want "regOnce.*[(]once-deadlock[)]"
	return registry
}

func register(name string, f func() string) {
	reg()[name] = f
}

func initRegistry() {
	registry = map[string]func() string{}
	register("hello", func() string { return "hello" })
}

func main() {
	fmt.Println(reg()["hello"]())
}
