// strand:test does-not-compile
package main

import (
	"fmt"
	"math/rand"
	"time"
)

func lookupHost(name string) string {
	time.Sleep(time.Millisecond)
	return fmt.Sprintf("resolved %s", name)
}

// parallelLookup starts two goroutines and returns without waiting for either.
// The rand import is unused, so as written the program does not compile.
func parallelLookup() string {
	answer := make(chan string)
	go func() {
		seq := make(chan int)
		n := <-seq // want "receiving from seq.*\(chan-recv-leak\)"
		fmt.Printf("seq %d\n", n)
	}()
	go func() {
		answer <- lookupHost("ns1.example.org") // want "sending on answer.*\(chan-send-leak\)"
	}()
	return "started"
}

func main() {
	fmt.Println("lookup:")
	fmt.Println("result:", parallelLookup())
}
