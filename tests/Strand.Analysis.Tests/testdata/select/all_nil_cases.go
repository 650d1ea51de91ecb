package main

import "fmt"

type links struct {
	up, down chan string
}

// watch selects on two channels that were never made: both cases are nil, the select never wakes.
func watch() {
	var l links
	go func() {
		select { // want "\((select-leak|nil-chan)\)"
		case m := <-l.up:
			fmt.Println("up", m)
		case m := <-l.down:
			fmt.Println("down", m)
		}
	}()
}

func main() {
	watch()
	fmt.Println("watching")
}
