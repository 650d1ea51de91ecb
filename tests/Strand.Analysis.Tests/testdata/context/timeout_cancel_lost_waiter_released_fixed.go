package main

import (
	"context"
	"fmt"
	"os"
	"time"
)

// probe cancels on every path.
func probe(host string) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	go func() {
		<-ctx.Done()
		fmt.Println("probe of", host, "over")
	}()
	if host == "" {
		return
	}
}

func main() {
	probe(os.Getenv("HOST"))
	time.Sleep(20 * time.Millisecond)
}
