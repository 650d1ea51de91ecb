package main

import (
	"fmt"
	"os"
	"os/signal"
)

// init starts a reloader woken by an interrupt: it waits for the program's lifetime on
// something that can still happen.
func init() {
	reload := make(chan os.Signal, 1)
	signal.Notify(reload, os.Interrupt)
	go func() {
		<-reload
		fmt.Println("reloading")
	}()
}

func main() {
	fmt.Println("serving")
}
