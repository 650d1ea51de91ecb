package main

import (
	"errors"
	"fmt"
	"sync"
)

func check(n int) error {
	if n%2 == 1 {
		return errors.New("odd")
	}
	return nil
}

// validate waits for every check, but a failing check returns before it calls Done.
func validate(items []int) {
	var wg sync.WaitGroup
	for _, n := range items {
		wg.Add(1)
		go func(n int) {
			if err := check(n); err != nil {
				fmt.Println(err)
				return
			}
			wg.Done()
		}(n)
	}
	wg.Wait()
}

func main() {
	validate([]int{2, 4})
}
