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

// load hands the config from a reader to a printer; on error the reader never sends.
func load(path string) {
	cfg := make(chan string)
	go func() {
		c, err := readConfig(path)
		if err != nil {
			return
		}
		cfg <- c
	}()
	go func() {
		fmt.Println(<-cfg) // want "receiving from cfg.*\(chan-recv-leak\)"
	}()
}

func main() {
	load(os.Getenv("CONFIG"))
	fmt.Println("loading")
}
