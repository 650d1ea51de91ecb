package main

import (
	"fmt"
	"time"
)

func lookupHost(name string) string {
	time.Sleep(time.Millisecond)
	return fmt.Sprintf("resolved %s", name)
}

// parallelLookup buffers the answer and gives the sequence reader a deadline.
func parallelLookup() string {
	answer := make(chan string, 1)
	go func() {
		seq := make(chan int)
		select {
		case n := <-seq:
			fmt.Printf("seq %d\n", n)
		case <-time.After(10 * time.Millisecond):
		}
	}()
	go func() {
		answer <- lookupHost("ns1.example.org")
	}()
	return "started"
}

func main() {
	fmt.Println("lookup:")
	fmt.Println("result:", parallelLookup())
}
