package main

import (
	"fmt"
	"sync"
)

func square(wg *sync.WaitGroup, out []int, i int) {
	defer wg.Done()
	out[i] = i * i
}

func squares(n int) []int {
	var wg sync.WaitGroup
	out := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go square(&wg, out, i)
	}
	wg.Wait()
	return out
}

func main() {
	fmt.Println(squares(4))
}
