package main

import (
	"errors"
	"fmt"
	"os"
)

func lookup(key string) string { return "value of " + key }

func validate(key string) error {
	if key == "" {
		return errors.New("empty key")
	}
	return nil
}

// fetch buffers res so the lookup can always deliver, even when nobody reads.
func fetch(key string) (string, error) {
	res := make(chan string, 1)
	go func() {
		res <- lookup(key)
	}()
	if err := validate(key); err != nil {
		return "", err
	}
	return <-res, nil
}

func main() {
	v, err := fetch(os.Getenv("KEY"))
	fmt.Println(v, err)
}
