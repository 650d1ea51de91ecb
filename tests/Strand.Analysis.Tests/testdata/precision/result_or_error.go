package main

import (
	"errors"
	"fmt"
	"os"
)

func fetch(key string) (string, error) {
	if key == "" {
		return "", errors.New("empty key")
	}
	return "value", nil
}

// get's worker sends on exactly one of two channels, and get waits on both.
func get(key string) (string, error) {
	resc := make(chan string)
	errc := make(chan error)
	go func() {
		v, err := fetch(key)
		if err != nil {
			errc <- err
			return
		}
		resc <- v
	}()
	select {
	case v := <-resc:
		return v, nil
	case err := <-errc:
		return "", err
	}
}

func main() {
	fmt.Println(get(os.Getenv("KEY")))
}
