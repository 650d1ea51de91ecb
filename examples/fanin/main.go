// Command fanin: ask three replicas, keep the fastest answer; leaky and fixed.
package main

import (
	"fmt"
	"time"
)

func ask(replica int) string {
	time.Sleep(time.Duration(replica) * time.Millisecond)
	return fmt.Sprintf("answer from replica %d", replica)
}

// leakyFastest reads one answer; the two slower replicas block on their send forever.
func leakyFastest() string {
	answers := make(chan string)
	for r := 1; r <= 3; r++ {
		go func(r int) { answers <- ask(r) }(r)
	}
	return <-answers
}

// fixedFastest has room for every answer, so every replica finishes.
func fixedFastest() string {
	answers := make(chan string, 3)
	for r := 1; r <= 3; r++ {
		go func(r int) { answers <- ask(r) }(r)
	}
	return <-answers
}

// leakyAudit waits for an audit record nobody will ever send.
func leakyAudit() {
	records := make(chan string)
	go func() {
		fmt.Println("audit:", <-records)
	}()
}

// fixedAudit waits at most a second.
func fixedAudit() {
	records := make(chan string)
	go func() {
		select {
		case r := <-records:
			fmt.Println("audit:", r)
		case <-time.After(time.Second):
		}
	}()
}

func main() {
	fmt.Println(leakyFastest())
	fmt.Println(fixedFastest())
	leakyAudit()
	fixedAudit()
}
