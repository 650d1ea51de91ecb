package main

import (
	"fmt"
	"sync"
)

// process runs a fixed pool over jobs, closes jobs after the last one and collects every result.
func process(items []string) []int {
	jobs := make(chan string)
	out := make(chan int, len(items))
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				out <- len(j)
			}
		}()
	}
	for _, it := range items {
		jobs <- it
	}
	close(jobs)
	wg.Wait()
	close(out)
	var res []int
	for v := range out {
		res = append(res, v)
	}
	return res
}

func main() {
	fmt.Println(process([]string{"a", "bb"}))
}
