package main

import (
	"fmt"
	"strings"
)

// uploadAll waits for one signal per file, but a worker skips its signal for empty names.
func uploadAll(files []string) {
	done := make(chan bool)
	for _, f := range files {
		go func(f string) {
			if strings.TrimSpace(f) == "" {
				return
			}
			fmt.Println("uploaded", f)
			done <- true
		}(f)
	}
	for range files {
		<-done // want "receiving from done.*\(chan-recv-leak\)"
	}
}

func main() {
	uploadAll([]string{"a.txt", " "})
}
