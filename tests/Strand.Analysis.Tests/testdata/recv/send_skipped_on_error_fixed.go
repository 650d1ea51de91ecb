package main

import (
	"errors"
	"fmt"
	"os"
)

func readConfig(path string) (string, error) {
	if path == "" {
		return "", errors.New("no path")
	}
	return "config at " + path, nil
}

// load closes cfg on every path, so the printer always wakes up.
func load(path string) {
	cfg := make(chan string)
	go func() {
		defer close(cfg)
		c, err := readConfig(path)
		if err != nil {
			return
		}
		cfg <- c
	}()
	go func() {
		fmt.Println(<-cfg)
	}()
}

func main() {
	load(os.Getenv("CONFIG"))
	fmt.Println("loading")
}
