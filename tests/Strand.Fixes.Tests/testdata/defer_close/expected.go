package main

import (
	"fmt"
	"strconv"
)

// parse sends the parsed numbers, but returns on a bad one without closing the channel.
func parse(fields []string) <-chan int {
	out := make(chan int, len(fields))
	go func() {
		defer close(out)
		for _, f := range fields {
			n, err := strconv.Atoi(f)
			if err != nil {
				return
			}
			out <- n
		}
	}()
	return out
}

func main() {
	for n := range parse([]string{"1", "x"}) {
		fmt.Println(n)
	}
}
