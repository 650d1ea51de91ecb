package main

import "fmt"

type readiness struct {
	ready chan struct{}
}

func (r readiness) wait() { <-r.ready } // want "receiving from (r\.)?ready.*\(chan-recv-leak\)"

type cache struct {
	readiness
	data map[string]string
}

// warm starts a reader that waits for readiness; nothing ever marks the cache ready.
func warm() {
	c := &cache{readiness: readiness{ready: make(chan struct{})}, data: map[string]string{}}
	go func() {
		c.wait()
		fmt.Println(len(c.data))
	}()
}

func main() {
	warm()
	fmt.Println("warming")
}
