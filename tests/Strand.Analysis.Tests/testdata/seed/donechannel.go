package main

import (
	"fmt"
	"runtime"
	"time"
)

// listen ranges over a shared channel; closing it releases every listener.
func listen(shutdown <-chan int, id int) {
	for v := range shutdown {
		fmt.Printf("listener %d got %d\n", id, v)
	}
	fmt.Printf("listener %d shut down\n", id)
}

func main() {
	shutdown := make(chan int)
	for i := 0; i < 10; i++ {
		go listen(shutdown, i)
	}
	fmt.Println(runtime.NumGoroutine())
	close(shutdown)
	time.Sleep(10 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
}
