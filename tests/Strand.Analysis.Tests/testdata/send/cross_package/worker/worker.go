// Package worker runs jobs in the background and reports on a channel the caller gives.
package worker

// Run computes the job's length and reports it on done.
func Run(job string, done chan<- int) {
	go func() {
		done <- len(job) // want "sending on done.*\(chan-send-leak\)"
	}()
}
