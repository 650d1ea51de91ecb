// The twin of lock_order_transfer.go: both accounts are locked in one global order (by id).
package main

import (
	"fmt"
	"sync"
)

type account struct {
	id      int
	mu      sync.Mutex
	balance int
}

func transfer(from, to *account, amount int) {
	first, second := from, to
	if second.id < first.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	from.balance -= amount
	to.balance += amount
}

func main() {
	alice := &account{id: 1, balance: 100}
	bob := &account{id: 2, balance: 100}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); transfer(alice, bob, 10) }()
	go func() { defer wg.Done(); transfer(bob, alice, 20) }()
	wg.Wait()
	fmt.Println(alice.balance, bob.balance)
}
