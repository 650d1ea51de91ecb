package main

import "fmt"

// indexer consumes documents until its channel is closed.
type indexer struct {
	docs chan string
}

func (ix *indexer) run() {
	for d := range ix.docs { // want "docs.*\(chan-range-leak\)"
		fmt.Println("indexed", d)
	}
}
