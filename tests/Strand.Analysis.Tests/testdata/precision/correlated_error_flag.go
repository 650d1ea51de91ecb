package main

import (
	"errors"
	"fmt"
	"os"
)

func prepare(name string) error {
	if name == "" {
		return errors.New("no name")
	}
	return nil
}

// greet sends and receives under the same error value: both happen or neither does.
func greet(name string) {
	err := prepare(name)
	msgs := make(chan string)
	if err == nil {
		go func() { msgs <- "hello " + name }()
	}
	if err == nil {
		fmt.Println(<-msgs)
	}
}

func main() {
	greet(os.Getenv("NAME"))
}
