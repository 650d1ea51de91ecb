package main

import "time"

// waitFor polls until ready; time.Tick's ticker is never stopped after it returns.
func waitFor(ready func() bool) {
	for range time.Tick(time.Millisecond) {
		if ready() {
			return
		}
	}
}

func main() {
	waitFor(func() bool { return true })
}
