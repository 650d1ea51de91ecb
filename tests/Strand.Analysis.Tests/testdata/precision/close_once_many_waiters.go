package main

import (
	"fmt"
	"sync"
)

// gate releases every waiter once, whichever path opens it first.
type gate struct {
	once sync.Once
	open chan struct{}
}

func (g *gate) release() { g.once.Do(func() { close(g.open) }) }

func run(fail bool) {
	g := &gate{open: make(chan struct{})}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-g.open
			fmt.Println("waiter", i, "released")
		}(i)
	}
	if fail {
		g.release()
		wg.Wait()
		return
	}
	g.release()
	g.release()
	wg.Wait()
}

func main() {
	run(false)
	run(true)
}
