// Command cancel: a context's cancel func, lost and kept.
package main

import (
	"context"
	"fmt"
	"os"
)

// leakyServe forgets cancel on the early return; the cleaner then waits forever.
func leakyServe(name string) {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-ctx.Done()
		fmt.Println("cleaned up", name)
	}()
	if name == "" {
		return
	}
	fmt.Println("serving", name)
	cancel()
}

// fixedServe defers cancel, so every path releases the cleaner.
func fixedServe(name string) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		<-ctx.Done()
		fmt.Println("cleaned up", name)
	}()
	if name == "" {
		return
	}
	fmt.Println("serving", name)
}

func main() {
	leakyServe(os.Getenv("NAME"))
	fixedServe(os.Getenv("NAME"))
}
