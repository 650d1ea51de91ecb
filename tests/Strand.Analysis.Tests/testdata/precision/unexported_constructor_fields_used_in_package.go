package pool

// pool's worker doubles jobs until the jobs channel is closed.
type pool struct {
	jobs    chan int
	results chan int
}

// newPool is unexported: its callers are in this package and may use the channels directly.
func newPool() *pool {
	p := &pool{jobs: make(chan int), results: make(chan int)}
	go func() {
		for j := range p.jobs {
			p.results <- j * 2
		}
		close(p.results)
	}()
	return p
}

// Double feeds the pool through its fields and closes jobs after the last one.
func Double(xs []int) []int {
	p := newPool()
	go func() {
		for _, x := range xs {
			p.jobs <- x
		}
		close(p.jobs)
	}()
	var out []int
	for r := range p.results {
		out = append(out, r)
	}
	return out
}
