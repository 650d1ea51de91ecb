package main

import (
	"context"
	"fmt"
)

func watchdog(ctx context.Context, name string) {
	<-ctx.Done() // want "ctx.*\(ctx-leak\)"
	fmt.Println(name, "stopped")
}

// arm starts a watchdog on a context that nothing can cancel.
func arm() {
	ctx := context.Background()
	go watchdog(ctx, "disk")
}

func main() {
	arm()
	fmt.Println("armed")
}
