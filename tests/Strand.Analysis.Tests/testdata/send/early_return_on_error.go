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

// fetch starts the lookup before validating; on a bad key it returns without reading res.
func fetch(key string) (string, error) {
	res := make(chan string)
	go func() {
		res <- lookup(key) // want "sending on res.*\(chan-send-leak\)"
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
