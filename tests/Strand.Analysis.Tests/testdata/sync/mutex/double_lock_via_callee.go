// Deposit holds the account's lock and calls balance, which takes the same lock again.
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu    sync.Mutex
	cents int64
	limit int64
}

func (a *account) balance() int64 {
	a.mu.Lock() // want "mu.*[(]double-lock[)]"
	defer a.mu.Unlock()
	return a.cents
}

func (a *account) deposit(cents int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance()+cents > a.limit {
		return fmt.Errorf("deposit of %d exceeds the limit", cents)
	}
	a.cents += cents
	return nil
}

func main() {
	a := &account{limit: 1000}
	fmt.Println(a.deposit(10))
}
