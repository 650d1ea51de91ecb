package worker

import (
	"errors"
	"fmt"
	"time"
)

// strandTimeout bounds how long a blocked goroutine waits before giving up; tune it.
const strandTimeout = 10 * time.Second

type result struct {
	id   int
	body string
}

func report(id int, out chan<- result) {
	select {
	case out <- result{id: id, body: fmt.Sprint(id)}:
	case <-time.After(strandTimeout):
		return
	}
}

var errUnused = errors.New("unused")
