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

// check defers cancel right after creating the context.
func check(host string) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if host == "localhost" {
		return errors.New("refusing localhost")
	}
	return ping(ctx, host)
}

func main() {
	fmt.Println(check(os.Getenv("HOST")))
}
