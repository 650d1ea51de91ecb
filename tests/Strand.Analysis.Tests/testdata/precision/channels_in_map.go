package main

import "fmt"

// route gives each topic its own channel and reader, then closes them all.
func route(topics []string) {
	subs := map[string]chan string{}
	done := make(chan struct{}, len(topics))
	for _, t := range topics {
		ch := make(chan string, 1)
		subs[t] = ch
		go func(t string, ch chan string) {
			for m := range ch {
				fmt.Println(t, m)
			}
			done <- struct{}{}
		}(t, ch)
	}
	for t, ch := range subs {
		ch <- "hello " + t
		close(ch)
	}
	for range topics {
		<-done
	}
}

func main() {
	route([]string{"a", "b"})
}
