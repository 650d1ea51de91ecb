package main

import (
	"errors"
	"fmt"
	"os"
)

// convert closes done with defer, so the waiter wakes up on the error path too.
func convert(path string) error {
	done := make(chan struct{})
	defer close(done)
	go func() {
		<-done
		fmt.Println("converter finished")
	}()
	if path == "" {
		return errors.New("no path")
	}
	fmt.Println("converting", path)
	return nil
}

func main() {
	fmt.Println(convert(os.Getenv("FILE")))
}
