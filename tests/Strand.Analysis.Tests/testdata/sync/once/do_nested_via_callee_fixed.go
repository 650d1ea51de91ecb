// The twin of do_nested_via_callee.go: the constructor fills the map directly.
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
	regOnce.Do(initRegistry)
	return registry
}

func register(name string, f func() string) {
	reg()[name] = f
}

func initRegistry() {
	registry = map[string]func() string{
		"hello": func() string { return "hello" },
	}
}

func main() {
	register("bye", func() string { return "bye" })
	fmt.Println(reg()["hello"](), reg()["bye"]())
}
