package main

import "fmt"

func ask(mirror string) string { return "answer from " + mirror }

// fastest takes the first answer; the other mirrors' goroutines block on their send.
func fastest(mirrors []string) string {
	answers := make(chan string)
	for _, m := range mirrors {
		go func(m string) {
			answers <- ask(m) // want "sending on answers.*\(chan-send-leak\)"
		}(m)
	}
	return <-answers
}

func main() {
	fmt.Println(fastest([]string{"a", "b", "c"}))
}
