package main

import "fmt"

// reindex closes the indexer's channel after the last document.
func reindex(all []string) {
	ix := &indexer{docs: make(chan string)}
	go ix.run()
	for _, d := range all {
		ix.docs <- d
	}
	close(ix.docs)
}

func main() {
	reindex([]string{"a", "b"})
	fmt.Println("reindexed")
}
