package main

import "fmt"

func ask(mirror string) string { return "answer from " + mirror }

// fastest takes the first answer; a buffer with room for every mirror lets the rest finish.
func fastest(mirrors []string) string {
	answers := make(chan string, len(mirrors))
	for _, m := range mirrors {
		go func(m string) {
			answers <- ask(m)
		}(m)
	}
	return <-answers
}

func main() {
	fmt.Println(fastest([]string{"a", "b", "c"}))
}
