package main

import (
	"fmt"
	"sync"
)

type ledger struct {
	mu      sync.Mutex
	balance int
}

func (l *ledger) withdraw(n int) {
	l.mu.Lock()
	if n > l.balance {
		panic("insufficient funds")
	}
	l.balance -= n
	l.mu.Unlock()
}

func main() {
	l := &ledger{balance: 10}
	l.withdraw(3)
	fmt.Println(l.balance)
}
