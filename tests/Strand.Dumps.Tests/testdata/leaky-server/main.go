// Command leaky-server leaks goroutines at a steady rate through several leak shapes, keeps a
// few benign long-lived goroutines, and serves net/http/pprof on 127.0.0.1 (a random free
// port, printed on stdout as a URL). It exits by itself after -for (default 60s).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	_ "net/http/pprof"
	"os"
	"sync"
	"time"
)

// Leak shapes: each blocks forever and is started once per tick.

func blockedSend(ch chan int) {
	ch <- 1 // nobody receives
}

func blockedReceive(ch chan int) {
	<-ch // nobody sends
}

func nilChannel() {
	var ch chan int
	<-ch // a nil channel never becomes ready
}

func mutexHeldForever(mu *sync.Mutex) {
	mu.Lock() // the holder never unlocks
}

func waitGroupNeverDone(wg *sync.WaitGroup) {
	wg.Wait() // Done is never called
}

func selectWithoutTimeout(a, b chan int) {
	select {
	case <-a:
	case b <- 1:
	}
}

// Benign long-lived goroutines: each can wake and stop.

func tickerLoop(stop chan struct{}) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		select {
		case <-t.C:
		case <-stop:
			return
		}
	}
}

func watchContext(ctx context.Context, events chan int) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-events:
		}
	}
}

func acceptLoop(ln net.Listener) {
	for {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		go io.Copy(io.Discard, conn)
	}
}

func idleReader(conn net.Conn) {
	buf := make([]byte, 1)
	conn.Read(buf)
}

func main() {
	lifetime := flag.Duration("for", 60*time.Second, "exit after this long")
	tick := flag.Duration("tick", 100*time.Millisecond, "leak one goroutine of each shape this often")
	flag.Parse()

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("http://%s/debug/pprof/goroutine\n", ln.Addr())
	go http.Serve(ln, nil)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stop := make(chan struct{})
	go tickerLoop(stop)
	go watchContext(ctx, make(chan int))
	side, err := net.Listen("tcp", "127.0.0.1:0")
	if err == nil {
		go acceptLoop(side)
		if conn, err := net.Dial("tcp", side.Addr().String()); err == nil {
			go idleReader(conn)
		}
	}

	var held sync.Mutex
	held.Lock()
	var never sync.WaitGroup
	never.Add(1)
	deadline := time.After(*lifetime)
	ticker := time.NewTicker(*tick)
	for {
		select {
		case <-deadline:
			cancel()
			close(stop)
			os.Exit(0)
		case <-ticker.C:
			go blockedSend(make(chan int))
			go blockedReceive(make(chan int))
			go nilChannel()
			go mutexHeldForever(&held)
			go waitGroupNeverDone(&never)
			go selectWithoutTimeout(make(chan int), make(chan int))
		}
	}
}
