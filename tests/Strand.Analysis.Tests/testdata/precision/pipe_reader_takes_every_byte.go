package main

import (
	"errors"
	"fmt"
)

// A hand-made pipe: Write offers its bytes until a reader has taken them all, Read takes what fits.
type pipe struct {
	data chan []byte
	took chan int
	done chan struct{}
}

func newPipe() *pipe {
	return &pipe{data: make(chan []byte), took: make(chan int), done: make(chan struct{})}
}

func (p *pipe) Write(b []byte) (int, error) {
	total := 0
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.data <- b:
			n := <-p.took
			b = b[n:]
			total += n
		case <-p.done:
			return total, errors.New("closed")
		}
	}
	return total, nil
}

func (p *pipe) Read(dst []byte) (int, error) {
	select {
	case src := <-p.data:
		n := copy(dst, src)
		p.took <- n
		return n, nil
	case <-p.done:
		return 0, errors.New("closed")
	}
}

type source interface {
	Read(dst []byte) (int, error)
}

const (
	defaultSize = 4096
	smallSize   = 16
)

// lineReader buffers a source; a source that already is a lineReader is used as it is.
type lineReader struct {
	src source
	buf []byte
	w   int
}

func newLineReaderSize(src source, size int) *lineReader {
	if lr, ok := src.(*lineReader); ok {
		return lr
	}
	lr := new(lineReader)
	lr.reset(make([]byte, size), src)
	return lr
}

func (lr *lineReader) reset(buf []byte, src source) {
	*lr = lineReader{src: src, buf: buf}
}

// Read hands out buffered bytes: a lineReader is itself a source.
func (lr *lineReader) Read(dst []byte) (int, error) {
	return copy(dst, lr.buf[:lr.w]), nil
}

func (lr *lineReader) fill() error {
	if lr.w >= len(lr.buf) {
		return errors.New("buffer full")
	}
	n, err := lr.src.Read(lr.buf[lr.w:])
	lr.w += n
	return err
}

// The writer's ten bytes fit the reader's 4096-byte buffer: one read takes them all and Write returns.
func main() {
	p := newPipe()
	go func() {
		p.Write([]byte("7\r\n1234567"))
	}()
	lr := newLineReaderSize(p, defaultSize)
	if err := lr.fill(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(lr.buf[:lr.w]))
}
