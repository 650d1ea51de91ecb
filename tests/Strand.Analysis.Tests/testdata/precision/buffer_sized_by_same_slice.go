package main

import "fmt"

func resolve(name string) string { return name + ".example.org" }

// firstResolved returns the first answer; the buffer is as long as the slice the senders range over.
func firstResolved(names []string) string {
	answers := make(chan string, len(names))
	for _, n := range names {
		go func(n string) { answers <- resolve(n) }(n)
	}
	return <-answers
}

func main() {
	fmt.Println(firstResolved([]string{"a", "b", "c"}))
}
