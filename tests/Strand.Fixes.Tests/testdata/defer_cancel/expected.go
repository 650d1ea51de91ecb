package main

import (
	"context"
	"errors"
	"time"
)

func fetch(ctx context.Context) error { return ctx.Err() }

// load returns on a bad key before the deferred cancel is registered.
func load(key string) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if key == "" {
		return errors.New("empty key")
	}
	return fetch(ctx)
}

func main() {
	_ = load("k")
}
