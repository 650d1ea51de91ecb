// Package launch tries commands until one starts; the timer is made only by the iteration that
// then returns, so the loop never makes a second one (shape of the vendored pprof
// internal/driver/commands.go:435 in Go 1.19).
package launch

import (
	"os/exec"
	"time"
)

// First starts the first command that starts and gives it a second before returning.
func First(names []string) error {
	var err error
	for _, name := range names {
		cmd := exec.Command(name)
		if err = cmd.Start(); err == nil {
			defer func(t <-chan time.Time) {
				<-t
			}(time.After(time.Second))
			return cmd.Wait()
		}
	}
	return err
}
