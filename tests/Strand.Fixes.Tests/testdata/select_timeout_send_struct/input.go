package worker

import (
	"errors"
	"fmt"
)

type result struct {
	id   int
	body string
}

func report(id int, out chan<- result) {
	out <- result{id: id, body: fmt.Sprint(id)}
}

var errUnused = errors.New("unused")
