package main

import (
	"fmt"
	"os"
)

// handshake jumps over the send when the peer name is empty; the waiter stays blocked.
func handshake(peer string) {
	ack := make(chan string)
	go func() {
		fmt.Println("ack:", <-ack) // want "receiving from ack.*\(chan-recv-leak\)"
	}()
	if peer == "" {
		goto out
	}
	ack <- "hello " + peer
out:
	fmt.Println("handshake over")
}

func main() {
	handshake(os.Getenv("PEER"))
}
