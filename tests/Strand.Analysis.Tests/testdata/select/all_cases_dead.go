package main

import (
	"errors"
	"fmt"
	"os"
)

func resolve(host string) (string, error) {
	if host == "" {
		return "", errors.New("no host")
	}
	return "10.0.0.1", nil
}

// lookup starts a waiter on two channels, then returns before feeding either on the error path.
func lookup(host string) {
	addrs := make(chan string)
	errs := make(chan error)
	go func() {
		select { // want "select.*\(select-leak\)"
		case a := <-addrs:
			fmt.Println("addr", a)
		case err := <-errs:
			fmt.Println("error", err)
		}
	}()
	a, err := resolve(host)
	if err != nil {
		return
	}
	addrs <- a
}

func main() {
	lookup(os.Getenv("HOST"))
	fmt.Println("looked up")
}
