package main

import (
	"fmt"
	"time"
)

func lookupHost(name string) string {
	time.Sleep(time.Millisecond)
	return fmt.Sprintf("resolved %s", name)
}

// Remedy 2 on both goroutines: each gives up after a timeout.
func parallelLookup() string {
	answer := make(chan string)
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
		select {
		case answer <- lookupHost("ns1.example.org"):
		case <-time.After(time.Second):
			fmt.Println("nobody wanted the answer")
		}
	}()
	return "started"
}

func main() {
	fmt.Println("lookup:")
	fmt.Println("result:", parallelLookup())
}
