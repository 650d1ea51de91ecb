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

// retry cancels each attempt's context before moving on.
func retry() error {
	for i := 0; i < 3; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := attempt(ctx, i)
		cancel()
		if err != nil {
			continue
		}
		return nil
	}
	return errors.New("gave up")
}

func main() {
	fmt.Println(retry())
}
