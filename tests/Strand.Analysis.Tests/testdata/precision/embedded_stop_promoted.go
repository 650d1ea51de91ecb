package main

import "fmt"

type loop struct {
	stop chan struct{}
}

func (l *loop) run(name string) {
	<-l.stop
	fmt.Println(name, "stopped")
}

func (l *loop) Stop() { close(l.stop) }

// service embeds *loop and is stopped through the promoted Stop.
type service struct {
	*loop
	name string
}

func newService(name string) *service {
	s := &service{loop: &loop{stop: make(chan struct{})}, name: name}
	go s.run(name)
	return s
}

func main() {
	s := newService("api")
	defer s.Stop()
	fmt.Println("running", s.name)
}
