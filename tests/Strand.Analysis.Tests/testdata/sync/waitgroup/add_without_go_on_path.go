// Add is called for every job, but the goroutine is only started for jobs that are enabled.
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
		wg.Add(1)
		if !j.enabled {
			continue
		}
		go func(j job) {
			defer wg.Done()
			fmt.Println("ran", j.name)
		}(j)
	}
	wg.Wait() // want "wg.*[(]wg-wait-leak[)]"
}

func main() {
	runAll([]job{{"build", true}, {"lint", false}})
}
