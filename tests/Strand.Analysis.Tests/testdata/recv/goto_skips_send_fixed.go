package main

import (
	"fmt"
	"os"
)

// handshake closes ack on the skipped path too, so the waiter always wakes up.
func handshake(peer string) {
	ack := make(chan string)
	go func() {
		fmt.Println("ack:", <-ack)
	}()
	if peer == "" {
		close(ack)
		goto out
	}
	ack <- "hello " + peer
out:
	fmt.Println("handshake over")
}

func main() {
	handshake(os.Getenv("PEER"))
}
