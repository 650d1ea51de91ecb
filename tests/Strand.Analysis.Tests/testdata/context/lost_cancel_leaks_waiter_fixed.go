package main

import (
	"context"
	"fmt"
	"os"
)

// serve cancels on every path with defer, which releases the cleaner.
func serve(name string) {
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
	serve(os.Getenv("NAME"))
}
