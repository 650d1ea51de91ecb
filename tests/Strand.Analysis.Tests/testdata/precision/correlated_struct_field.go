package main

import (
	"fmt"
	"os"
)

type job struct {
	audit bool
	name  string
}

// run starts the auditor and reads its verdict under the same field: both or neither.
func run(j job) {
	verdicts := make(chan string)
	if j.audit {
		go func() { verdicts <- "audited " + j.name }()
	}
	fmt.Println("ran", j.name)
	if j.audit {
		fmt.Println(<-verdicts)
	}
}

func main() {
	run(job{audit: len(os.Args) > 1, name: "nightly"})
}
