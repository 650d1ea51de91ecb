package main

import "fmt"

type job struct{ id int }

// dispatch closes jobs; the worker checks ok and leaves.
func dispatch() {
	jobs := make(chan job)
	go func() {
		for {
			j, ok := <-jobs
			if !ok {
				return
			}
			fmt.Println("job", j.id)
		}
	}()
	jobs <- job{1}
	jobs <- job{2}
	close(jobs)
}

func main() {
	dispatch()
	fmt.Println("dispatched")
}
