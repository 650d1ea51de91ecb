package worker

import "fmt"

// double waits for a result that may never come.
func double(results chan int) (int, error) {
	v := <-results
	if v < 0 {
		return 0, fmt.Errorf("negative result %d", v)
	}
	return v * 2, nil
}
