package main

import "fmt"

// indexer consumes documents until its channel is closed.
type indexer struct {
	docs chan string
}

func (ix *indexer) run() {
	for d := range ix.docs {
		fmt.Println("indexed", d)
	}
}
