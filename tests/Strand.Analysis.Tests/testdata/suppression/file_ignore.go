//strand:file-ignore chan-recv-leak,chan-send-leak this file demonstrates leaks on purpose

package main

import "fmt"

func leakBoth() {
	in := make(chan int)
	out := make(chan int)
	go func() { fmt.Println(<-in) }()
	go func() { out <- 1 }()
}

func main() {
	leakBoth()
	fmt.Println("leaked")
}
