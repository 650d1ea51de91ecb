package main

import "fmt"

type prober interface {
	probe(out chan<- string)
}

type pinger struct{ host string }

// probe is the only implementation of prober in the program.
func (p pinger) probe(out chan<- string) {
	out <- "pong from " + p.host
}

// check asks every prober and has room for every reply.
func check(ps []prober) string {
	out := make(chan string, len(ps))
	for _, p := range ps {
		go p.probe(out)
	}
	return <-out
}

func main() {
	fmt.Println(check([]prober{pinger{"a"}, pinger{"b"}}))
}
