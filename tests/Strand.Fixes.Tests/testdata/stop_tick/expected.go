package main

import "time"

// waitFor polls until ready; time.Tick's ticker is never stopped after it returns.
func waitFor(ready func() bool) {
	ticker := time.NewTicker(time.Millisecond)
	defer ticker.Stop()
	for range ticker.C {
		if ready() {
			return
		}
	}
}

func main() {
	waitFor(func() bool { return true })
}
