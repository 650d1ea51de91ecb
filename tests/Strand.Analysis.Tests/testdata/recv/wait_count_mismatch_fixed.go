package main

import (
	"fmt"
	"strings"
)

// uploadAll waits for one signal per file; every worker signals, with defer.
func uploadAll(files []string) {
	done := make(chan bool)
	for _, f := range files {
		go func(f string) {
			defer func() { done <- true }()
			if strings.TrimSpace(f) == "" {
				return
			}
			fmt.Println("uploaded", f)
		}(f)
	}
	for range files {
		<-done
	}
}

func main() {
	uploadAll([]string{"a.txt", " "})
}
