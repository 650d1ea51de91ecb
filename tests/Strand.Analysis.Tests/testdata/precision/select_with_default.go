package main

import "fmt"

// tryNotify never blocks: the default case runs when nobody listens.
func tryNotify(ch chan string, msg string) bool {
	select {
	case ch <- msg:
		return true
	default:
		return false
	}
}

func notifyAll() {
	ch := make(chan string)
	go func() {
		tryNotify(ch, "hello")
	}()
}

func main() {
	notifyAll()
	fmt.Println("notified")
}
