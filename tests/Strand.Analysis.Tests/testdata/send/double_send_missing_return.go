package main

import (
	"errors"
	"fmt"
	"os"
)

type outcome struct {
	val int
	err error
}

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s), nil
}

// convert forgets to return after reporting the error, so it sends twice; the caller reads once.
func convert(s string) outcome {
	done := make(chan outcome)
	go func() {
		n, err := parse(s)
		if err != nil {
			done <- outcome{err: err}
		}
		done <- outcome{val: n} // want "sending on done.*\(chan-send-leak\)"
	}()
	return <-done
}

func main() {
	fmt.Println(convert(os.Getenv("INPUT")))
}
