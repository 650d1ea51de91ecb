// The Once's function calls a getter that goes through the same Once: Do waits for itself.
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
	s.once.Do(s.load) // want "once.*[(]once-deadlock[)]"
	return s.values[key]
}

func (s *settings) load() {
	s.values = map[string]string{"timeout": "5s"}
	s.timeout = s.get("timeout")
}

func main() {
	s := &settings{}
	fmt.Println(s.get("timeout"))
}
