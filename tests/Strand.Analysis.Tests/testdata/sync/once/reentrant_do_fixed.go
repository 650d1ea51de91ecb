// The twin of reentrant_do.go: load reads the map it just filled instead of going through get.
package main

import (
	"fmt"
	"sync"
)

type settings struct {
	once    sync.Once
	values  map[string]string
	timeout string
}

func (s *settings) get(key string) string {
	s.once.Do(s.load)
	return s.values[key]
}

func (s *settings) load() {
	s.values = map[string]string{"timeout": "5s"}
	s.timeout = s.values["timeout"]
}

func main() {
	s := &settings{}
	fmt.Println(s.get("timeout"), s.timeout)
}
