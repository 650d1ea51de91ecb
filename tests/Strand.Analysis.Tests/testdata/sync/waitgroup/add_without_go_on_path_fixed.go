// The twin of add_without_go_on_path.go: Add only when the goroutine is started.
package main

import (
	"fmt"
	"sync"
)

type job struct {
	name    string
	enabled bool
}

func runAll(jobs []job) {
	var wg sync.WaitGroup
	for _, j := range jobs {
		if !j.enabled {
			continue
		}
		wg.Add(1)
		go func(j job) {
			defer wg.Done()
			fmt.Println("ran", j.name)
		}(j)
	}
	wg.Wait()
}

func main() {
	runAll([]job{{"build", true}, {"lint", false}})
}
