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
		for s := range c.samples { // want "samples.*\(chan-range-leak\)"
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

// measure starts the collector before configuring; on a configuration error it never stops it.
func measure(name string) error {
	c := &collector{samples: make(chan float64)}
	c.Start()
	if err := configure(name); err != nil {
		return err
	}
	defer c.Stop()
	c.samples <- 1.5
	return nil
}

func main() {
	fmt.Println(measure(os.Getenv("NAME")))
}
