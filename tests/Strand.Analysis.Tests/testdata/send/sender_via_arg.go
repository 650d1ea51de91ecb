package main

import (
	"fmt"
	"strings"
)

func upper(in string, out chan<- string) {
	out <- strings.ToUpper(in) // want "sending on out.*\(chan-send-leak\)"
}

// shout starts two converters but only reads one result.
func shout(a, b string) string {
	out := make(chan string)
	go upper(a, out)
	go upper(b, out)
	return <-out
}

func main() {
	fmt.Println(shout("x", "y"))
}
