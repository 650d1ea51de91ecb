// The server's handler goroutine registers itself with Add when it starts; Shutdown's Wait may
// already have returned by then.
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
	s.wg.Add(1) // want "Add.*[(]wg-add-in-goroutine[)]"
	defer s.wg.Done()
	s.handled <- id
}

func (s *server) serve(ids []int) {
	for _, id := range ids {
		go s.handle(id)
	}
	s.wg.Wait()
}

func main() {
	s := &server{handled: make(chan int, 10)}
	s.serve([]int{1, 2, 3})
	fmt.Println(len(s.handled))
}
