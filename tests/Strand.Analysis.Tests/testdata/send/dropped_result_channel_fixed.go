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
		result <- checksum(data)
	}()
	return result
}

func main() {
	fmt.Println(<-startChecksum([]byte("hello")))
	fmt.Println(runtime.NumGoroutine())
}
