package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"
)

func ping(ctx context.Context, host string) error {
	if host == "" {
		return errors.New("no host")
	}
	return ctx.Err()
}

// check returns early on a bad host before it reaches the deferred cancel.
func check(host string) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second) // want "cancel.*\(lost-cancel\)"
	if host == "localhost" {
		return errors.New("refusing localhost")
	}
	defer cancel()
	return ping(ctx, host)
}

func main() {
	fmt.Println(check(os.Getenv("HOST")))
}
