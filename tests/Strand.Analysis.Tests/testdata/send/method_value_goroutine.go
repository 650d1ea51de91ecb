package main

import "fmt"

type reporter struct {
	out chan string
}

func (r *reporter) report() { r.out <- "report ready" } // want "sending on (r\.)?out.*\(chan-send-leak\)"

// summarize starts the reporter through a method value and never reads its output.
func summarize() {
	r := &reporter{out: make(chan string)}
	run := r.report
	go run()
}

func main() {
	summarize()
	fmt.Println("summarized")
}
