package main

import "fmt"

// Poller answers requests between Start and Stop.
type Poller struct {
	reqs chan string
}

func (p *Poller) Start() {
	p.reqs = make(chan string)
	go func() {
		for r := range p.reqs {
			fmt.Println("poll", r)
		}
	}()
}

func (p *Poller) Stop() { close(p.reqs) }

func (p *Poller) Poll(r string) { p.reqs <- r }

// once starts a poller, uses it and stops it.
func once() {
	var p Poller
	p.Start()
	defer p.Stop()
	p.Poll("status")
}

func main() {
	once()
	fmt.Println("polled")
}
