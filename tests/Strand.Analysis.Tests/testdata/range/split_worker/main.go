package main

import "fmt"

// reindex feeds the indexer from another file of the package and never closes its channel.
func reindex(all []string) {
	ix := &indexer{docs: make(chan string)}
	go ix.run()
	for _, d := range all {
		ix.docs <- d
	}
}

func main() {
	reindex([]string{"a", "b"})
	fmt.Println("reindexed")
}
