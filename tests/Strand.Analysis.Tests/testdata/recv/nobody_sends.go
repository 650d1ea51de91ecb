package main

import (
	"fmt"
	"runtime"
)

// report starts a goroutine that waits on a fresh channel nobody else can see.
func report() string {
	go func() {
		ticket := make(chan int)
		n := <-ticket // want "receiving from ticket.*\(chan-recv-leak\)"
		fmt.Println("ticket", n)
	}()
	return "reported"
}

func main() {
	fmt.Println(report(), runtime.NumGoroutine())
}
