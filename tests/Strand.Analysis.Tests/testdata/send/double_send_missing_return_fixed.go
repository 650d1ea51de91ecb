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

// convert sends exactly once on every path.
func convert(s string) outcome {
	done := make(chan outcome)
	go func() {
		n, err := parse(s)
		if err != nil {
			done <- outcome{err: err}
			return
		}
		done <- outcome{val: n}
	}()
	return <-done
}

func main() {
	fmt.Println(convert(os.Getenv("INPUT")))
}
