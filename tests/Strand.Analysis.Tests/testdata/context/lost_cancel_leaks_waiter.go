package main

import (
	"context"
	"fmt"
	"os"
)

// serve cancels only on the normal path; on the early return the cleaner waits forever.
func serve(name string) {
	ctx, cancel := context.WithCancel(context.Background()) // want "cancel.*\(lost-cancel\)"
	go func() {
		<-ctx.Done() // want "ctx.*\(ctx-leak\)"
		fmt.Println("cleaned up", name)
	}()
	if name == "" {
		return
	}
	fmt.Println("serving", name)
	cancel()
}

func main() {
	serve(os.Getenv("NAME"))
}
