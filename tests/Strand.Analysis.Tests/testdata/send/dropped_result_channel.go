package main

import (
	"fmt"
	"runtime"
)

func checksum(data []byte) int {
	sum := 0
	for _, b := range data {
		sum += int(b)
	}
	return sum
}

// startChecksum hands back the channel the result will arrive on.
func startChecksum(data []byte) <-chan int {
	result := make(chan int)
	go func() {
		result <- checksum(data) // want "sending on result.*\(chan-send-leak\)"
	}()
	return result
}

func main() {
	startChecksum([]byte("hello")) // the result channel is dropped
	fmt.Println(runtime.NumGoroutine())
}
