package main

import (
	"fmt"
	"os"
)

// render's inner helper can always deliver: the thumbnail channel has a slot.
func render(page string) {
	go func() {
		thumbs := make(chan string, 1)
		go func() {
			thumbs <- "thumb of " + page
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
