package main

import (
	"fmt"
	"time"
)

func lookupHost(name string) string {
	time.Sleep(time.Millisecond)
	return fmt.Sprintf("resolved %s", name)
}

// Remedy 1 on the answer (a buffer of one), remedy 2 on the sequence reader (a timeout).
func parallelLookup() string {
	answer := make(chan string, 1)
	go func() {
		seq := make(chan int)
		select {
		case n := <-seq:
			fmt.Printf("seq %d\n", n)
		case <-time.After(time.Millisecond):
			fmt.Println("no sequence number")
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
