package main

import (
	"context"
	"fmt"
	"os"
	"time"
)

// probe loses its cancel func on the early return. The waiter is still released by the
// deadline, so only the lost cancel is reported, not a goroutine leak.
func probe(host string) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond) // want "cancel.*\(lost-cancel\)"
	go func() {
		<-ctx.Done()
		fmt.Println("probe of", host, "over")
	}()
	if host == "" {
		return
	}
	cancel()
}

func main() {
	probe(os.Getenv("HOST"))
	time.Sleep(20 * time.Millisecond)
}
