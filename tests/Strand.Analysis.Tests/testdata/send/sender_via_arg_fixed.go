package main

import (
	"fmt"
	"strings"
)

func upper(in string, out chan<- string) {
	out <- strings.ToUpper(in)
}

// shout reads both results.
func shout(a, b string) string {
	out := make(chan string)
	go upper(a, out)
	go upper(b, out)
	return <-out + <-out
}

func main() {
	fmt.Println(shout("x", "y"))
}
