// The twin of add_in_goroutine_method.go: serve counts each handler before starting it.
package main

import (
	"fmt"
	"sync"
)

type server struct {
	wg      sync.WaitGroup
	handled chan int
}

func (s *server) handle(id int) {
	defer s.wg.Done()
	s.handled <- id
}

func (s *server) serve(ids []int) {
	for _, id := range ids {
		s.wg.Add(1)
		go s.handle(id)
	}
	s.wg.Wait()
}

func main() {
	s := &server{handled: make(chan int, 10)}
	s.serve([]int{1, 2, 3})
	fmt.Println(len(s.handled))
}
