package main

import "fmt"

type job struct{ id int }

// dispatch feeds two jobs to a worker whose bare receive loop never ends.
func dispatch() {
	jobs := make(chan job)
	go func() {
		for {
			j := <-jobs // want "jobs.*\((chan-range-leak|chan-recv-leak)\)"
			fmt.Println("job", j.id)
		}
	}()
	jobs <- job{1}
	jobs <- job{2}
}

func main() {
	dispatch()
	fmt.Println("dispatched")
}
