package main

import "fmt"

type watcher struct {
	stop chan struct{}
}

func (w *watcher) loop() {
	<-w.stop // want "nil.*\(nil-chan\)"
	fmt.Println("stopped")
}

// watch forgets to make w.stop, so the loop waits on a nil channel.
func watch() {
	w := &watcher{}
	go w.loop()
}

func main() {
	watch()
	fmt.Println("watching")
}
