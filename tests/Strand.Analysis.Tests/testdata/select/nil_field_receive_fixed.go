package main

import "fmt"

type watcher struct {
	stop chan struct{}
}

func (w *watcher) loop() {
	<-w.stop
	fmt.Println("stopped")
}

// watch makes w.stop and closes it when done.
func watch() {
	w := &watcher{stop: make(chan struct{})}
	go w.loop()
	close(w.stop)
}

func main() {
	watch()
	fmt.Println("watching")
}
