package main

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

// Double feeds the pool through its fields but never closes jobs: the worker waits for more.
func Double(xs []int) []int {
	p := newPool()
	go func() {
		for _, x := range xs {
			p.jobs <- x
		}
	}()
	var out []int
	for r := range p.results { // want "ranges forever over p.results.*\(chan-range-leak\)"
		out = append(out, r)
	}
	return out
}

func main() {
	_ = Double([]int{1, 2})
}
