package main

import "fmt"

type request struct {
	key   string
	reply chan string
}

// Server answers requests until Stop is called.
type Server struct {
	reqs chan request
	quit chan struct{}
}

func NewServer() *Server {
	s := &Server{reqs: make(chan request), quit: make(chan struct{})}
	go s.loop()
	return s
}

func (s *Server) loop() {
	for {
		select {
		case r := <-s.reqs:
			r.reply <- "value of " + r.key
		case <-s.quit:
			return
		}
	}
}

func (s *Server) Get(key string) string {
	r := request{key: key, reply: make(chan string, 1)}
	s.reqs <- r
	return <-r.reply
}

func (s *Server) Stop() { close(s.quit) }

func main() {
	s := NewServer()
	defer s.Stop()
	fmt.Println(s.Get("a"))
}
