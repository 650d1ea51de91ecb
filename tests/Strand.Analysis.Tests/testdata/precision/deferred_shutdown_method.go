package main

import "fmt"

type pipeline struct {
	stages chan string
}

func (p *pipeline) shutdown() { close(p.stages) }

// process closes the stage channel through a deferred method call on every path.
func process(names []string) {
	p := &pipeline{stages: make(chan string)}
	defer p.shutdown()
	go func() {
		for s := range p.stages {
			fmt.Println("stage", s)
		}
	}()
	for _, n := range names {
		if n == "" {
			return
		}
		p.stages <- n
	}
}

func main() {
	process([]string{"parse", "", "emit"})
}
