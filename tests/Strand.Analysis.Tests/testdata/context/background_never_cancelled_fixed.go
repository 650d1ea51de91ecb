package main

import (
	"context"
	"fmt"
)

func watchdog(ctx context.Context, name string) {
	<-ctx.Done()
	fmt.Println(name, "stopped")
}

// arm gives the watchdog a context that it cancels when it returns.
func arm() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go watchdog(ctx, "disk")
}

func main() {
	arm()
	fmt.Println("armed")
}
