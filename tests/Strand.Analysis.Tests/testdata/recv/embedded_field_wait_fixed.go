package main

import "fmt"

type readiness struct {
	ready chan struct{}
}

func (r readiness) wait() { <-r.ready }

func (r readiness) markReady() { close(r.ready) }

type cache struct {
	readiness
	data map[string]string
}

// warm fills the cache and marks it ready through the promoted method.
func warm() {
	c := &cache{readiness: readiness{ready: make(chan struct{})}, data: map[string]string{}}
	go func() {
		c.wait()
		fmt.Println(len(c.data))
	}()
	c.data["k"] = "v"
	c.markReady()
}

func main() {
	warm()
	fmt.Println("warming")
}
