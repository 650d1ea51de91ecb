package main

import "fmt"

// subscribe makes one inbox per topic and a reader for each; nothing is ever published.
func subscribe() {
	inboxes := map[string]chan string{}
	for _, t := range []string{"news", "sports"} {
		inboxes[t] = make(chan string)
	}
	for t, ch := range inboxes {
		go func(t string, ch chan string) {
			fmt.Println(t, <-ch) // want "receiving from ch.*\(chan-recv-leak\)"
		}(t, ch)
	}
}

func main() {
	subscribe()
	fmt.Println("subscribed")
}
