package worker

import (
	"errors"
	"fmt"
	"time"
)

// strandTimeout bounds how long a blocked goroutine waits before giving up; tune it.
const strandTimeout = 10 * time.Second

// double waits for a result that may never come.
func double(results chan int) (int, error) {
	select {
	case <-time.After(strandTimeout):
		return 0, errors.New("gave up waiting after strandTimeout")
	case v := <-results:
		if v < 0 {
			return 0, fmt.Errorf("negative result %d", v)
		}
		return v * 2, nil
	}
}
