package main

// conduit hands a byte slice to a reader and learns how many bytes it took.
type conduit struct {
	data chan []byte
	took chan int
	stop chan struct{}
}

func (c *conduit) put(b []byte) int {
	total := 0
	for first := true; first || len(b) > 0; first = false {
		select {
		case c.data <- b:
			n := <-c.took
			b = b[n:]
			total += n
		case <-c.stop:
			return total
		}
	}
	return total
}

func (c *conduit) get(dst []byte) int {
	src := <-c.data
	n := copy(dst, src)
	c.took <- n
	return n
}

// The reader's 16-byte buffer takes all ten bytes in one copy, so put's loop ends after one turn.
func main() {
	c := &conduit{data: make(chan []byte), took: make(chan int), stop: make(chan struct{})}
	go func() {
		c.put([]byte("0123456789"))
	}()
	buf := make([]byte, 16)
	c.get(buf)
}
