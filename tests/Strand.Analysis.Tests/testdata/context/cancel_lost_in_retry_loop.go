package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func attempt(ctx context.Context, i int) error {
	if i < 2 {
		return errors.New("busy")
	}
	return ctx.Err()
}

// retry makes a context per attempt and skips its cancel when it moves on to the next attempt.
func retry() error {
	for i := 0; i < 3; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second) // want "cancel.*\(lost-cancel\)"
		if err := attempt(ctx, i); err != nil {
			continue
		}
		cancel()
		return nil
	}
	return errors.New("gave up")
}

func main() {
	fmt.Println(retry())
}
