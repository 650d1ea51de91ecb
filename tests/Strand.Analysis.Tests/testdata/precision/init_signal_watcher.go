package main

import (
	"fmt"
	"os"
	"os/signal"
)

func init() {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, os.Interrupt)
	go func() {
		for range hup {
			fmt.Println("reloading")
		}
	}()
}

func main() {
	fmt.Println("serving")
}
