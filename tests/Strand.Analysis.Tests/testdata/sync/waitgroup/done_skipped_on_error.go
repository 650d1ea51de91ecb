// A worker returns on a parse error before calling Done: Wait never returns.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

func sum(texts []string) int {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		total int
	)
	for _, s := range texts {
		wg.Add(1)
		go func(s string) {
			n, err := strconv.Atoi(s)
			if err != nil {
				return
			}
			mu.Lock()
			total += n
			mu.Unlock()
			wg.Done()
		}(s)
	}
	wg.Wait() // want "wg.*[(]wg-wait-leak[)]"
	return total
}

func main() {
	fmt.Println(sum([]string{"1", "two", "3"}))
}
