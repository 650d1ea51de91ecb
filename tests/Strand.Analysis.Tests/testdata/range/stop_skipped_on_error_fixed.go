package main

import (
	"errors"
	"fmt"
	"os"
)

type collector struct {
	samples chan float64
}

func (c *collector) Start() {
	go func() {
		for s := range c.samples {
			fmt.Println("sample", s)
		}
	}()
}

func (c *collector) Stop() { close(c.samples) }

func configure(name string) error {
	if name == "" {
		return errors.New("no name")
	}
	return nil
}

// measure defers Stop right after Start.
func measure(name string) error {
	c := &collector{samples: make(chan float64)}
	c.Start()
	defer c.Stop()
	if err := configure(name); err != nil {
		return err
	}
	c.samples <- 1.5
	return nil
}

func main() {
	fmt.Println(measure(os.Getenv("NAME")))
}
