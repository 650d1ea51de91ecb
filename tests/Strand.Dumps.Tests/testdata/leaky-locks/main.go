// A program that leaks goroutines on sync objects while main stays alive, then writes its own
// goroutine profile (debug=2 and debug=1) for the live dump tests: an AB-BA lock-order pair, a
// send under a lock whose receiver must take the lock first, a WaitGroup that waits for a Done
// that never comes, and a sync.Once whose function blocks while another goroutine waits in Do.
// Each line where a goroutine stays blocked ends with "// leak: CHECK-ID", the finding that
// strand check reports there. Sleeps only order the goroutines so that every run deadlocks the
// same way; Strand ignores time.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"sync"
	"time"
)

const window = 100 * time.Millisecond

var (
	cfgMu   sync.Mutex
	cacheMu sync.Mutex
	cfg     = map[string]string{}
	cache   = map[string]string{}
)

func reload() {
	cfgMu.Lock()
	cfg["mode"] = "fast"
	time.Sleep(window)
	cacheMu.Lock() // leak: lock-order
	cache = map[string]string{}
	cacheMu.Unlock()
	cfgMu.Unlock()
}

func lookup(key string) string {
	cacheMu.Lock()
	defer cacheMu.Unlock()
	time.Sleep(window)
	cfgMu.Lock() // leak: lock-order
	v := cfg[key]
	cfgMu.Unlock()
	cache[key] = v
	return v
}

type bus struct {
	mu     sync.Mutex
	events chan string
	count  int
}

func (b *bus) publish(ev string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.count++
	b.events <- ev // leak: lock-chan-deadlock
}

func (b *bus) subscribe() {
	time.Sleep(window)
	b.mu.Lock() // leak: lock-chan-deadlock
	n := b.count
	b.mu.Unlock()
	fmt.Println(n, <-b.events)
}

// Each start function is an entry of its own for Strand, so the three stories are explored
// apart rather than interleaved with each other.
func startLockOrder() {
	go reload()
	go lookup("mode")
}

func startBus() {
	b := &bus{events: make(chan string)}
	go b.publish("start")
	go b.subscribe()
}

func square(wg *sync.WaitGroup, n int) {
	defer wg.Done()
	_ = n * n
}

func squareAll() {
	var wg sync.WaitGroup
	wg.Add(2)
	go square(&wg, 3)
	wg.Wait() // leak: wg-wait-leak
}

func startSquares() {
	go squareAll()
}

type settings struct {
	once   sync.Once
	warmed chan struct{}
	mode   string
}

func (s *settings) load() string {
	s.once.Do(func() { // leak: once-deadlock
		<-s.warmed // leak: once-deadlock
		s.mode = "warm"
	})
	return s.mode
}

func startOnce() {
	s := &settings{warmed: make(chan struct{})}
	go s.load()
	go func() {
		time.Sleep(window)
		fmt.Println(s.load())
	}()
}

func writeProfile(path string, debug int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("goroutine").WriteTo(f, debug); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func main() {
	out := flag.String("out", "goroutines", "prefix of the profile files (PREFIX.debug2.txt, PREFIX.debug1.txt)")
	flag.Parse()
	startLockOrder()
	startBus()
	startSquares()
	startOnce()
	time.Sleep(10 * window)
	for _, debug := range []int{2, 1} {
		if err := writeProfile(fmt.Sprintf("%s.debug%d.txt", *out, debug), debug); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
