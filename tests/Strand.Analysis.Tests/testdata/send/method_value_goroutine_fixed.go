package main

import "fmt"

type reporter struct {
	out chan string
}

func (r *reporter) report() { r.out <- "report ready" }

// summarize starts the reporter through a method value and reads its output.
func summarize() {
	r := &reporter{out: make(chan string)}
	run := r.report
	go run()
	fmt.Println(<-r.out)
}

func main() {
	summarize()
	fmt.Println("summarized")
}
