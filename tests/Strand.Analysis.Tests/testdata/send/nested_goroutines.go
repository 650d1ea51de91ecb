package main

import (
	"fmt"
	"os"
)

// render starts a renderer that starts its own helper; the outer one gives up on bad input
// and nobody reads the helper's thumbnail.
func render(page string) {
	go func() {
		thumbs := make(chan string)
		go func() {
			thumbs <- "thumb of " + page // want "sending on thumbs.*\(chan-send-leak\)"
		}()
		if page == "" {
			return
		}
		fmt.Println(<-thumbs)
	}()
}

func main() {
	render(os.Getenv("PAGE"))
	fmt.Println("rendering")
}
