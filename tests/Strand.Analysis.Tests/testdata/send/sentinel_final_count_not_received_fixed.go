package main

import (
	"errors"
	"fmt"
)

// errDrained is a sentinel: the reader loop below stops exactly when next returns it.
var errDrained = errors.New("drained")

type feed struct {
	items  chan int
	closed chan struct{}
	reason error
}

func (f *feed) close(reason error) {
	if reason == nil {
		reason = errDrained
	}
	f.reason = reason
	close(f.closed)
}

func (f *feed) next() (int, error) {
	select {
	case v := <-f.items:
		return v, nil
	case <-f.closed:
		return 0, f.reason
	}
}

// reader reports each item's value, then a final 0 once the feed is drained.
func reader(f *feed, counts chan int) {
	for {
		n, err := f.next()
		if err == errDrained {
			counts <- 0
			break
		}
		if err != nil {
			fmt.Println("read:", err)
		}
		counts <- n
	}
}

func main() {
	f := &feed{items: make(chan int), closed: make(chan struct{})}
	counts := make(chan int)
	go reader(f, counts)
	for i := 1; i <= 3; i++ {
		f.items <- i
		fmt.Println(<-counts)
	}
	f.close(nil)
	fmt.Println("final", <-counts)
}
