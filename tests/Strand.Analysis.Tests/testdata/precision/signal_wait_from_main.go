package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// main's helper waits for a signal for the program's whole lifetime: not a leak.
func main() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		s := <-sigs
		fmt.Println("got", s)
		os.Exit(0)
	}()
	fmt.Println("running")
}
