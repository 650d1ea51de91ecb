// transfer locks the source account, then the destination: two opposite transfers running at
// once each hold one lock and wait for the other.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func transfer(from, to *account, amount int) {
	from.mu.Lock()
	defer from.mu.Unlock()
	time.Sleep(time.Millisecond) // widens the window so that go run shows the deadlock
	to.mu.Lock()                 // want "mu.*[(]lock-order[)]"
	defer to.mu.Unlock()
	from.balance -= amount
	to.balance += amount
}

func main() {
	alice := &account{balance: 100}
	bob := &account{balance: 100}
	go transfer(alice, bob, 10)
	go transfer(bob, alice, 20)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
