package main

import "fmt"

// init starts a reloader that waits on a channel nothing in the program ever sends to or closes:
// started from init or not, nothing can wake it.
func init() {
	reload := make(chan struct{})
	go func() {
		<-reload // want "receiving from reload.*\(chan-recv-leak\)"
		fmt.Println("reloading")
	}()
}

func main() {
	fmt.Println("serving")
}
