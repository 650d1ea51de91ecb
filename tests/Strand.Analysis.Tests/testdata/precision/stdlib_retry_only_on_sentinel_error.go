package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
)

var errBadConn = errors.New("bad connection")

// Tx (the shape of database/sql.Tx) is watched by a goroutine until Commit cancels its context.
type Tx struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func dial() error {
	if os.Getenv("DB") == "" {
		return errBadConn
	}
	return nil
}

func begin(parent context.Context) (*Tx, error) {
	if err := dial(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(parent)
	tx := &Tx{ctx: ctx, cancel: cancel}
	go tx.watch()
	return tx, nil
}

func (tx *Tx) watch() {
	<-tx.ctx.Done()
	fmt.Println("transaction over")
}

func (tx *Tx) Commit() error {
	tx.cancel()
	return nil
}

// beginRetry retries only on a bad connection: errors.Is(nil, errBadConn) is false, so a
// transaction that began is returned, never dropped by a second attempt.
func beginRetry(ctx context.Context) (*Tx, error) {
	var tx *Tx
	var err error
	for i := 0; i < 2; i++ {
		tx, err = begin(ctx)
		if !errors.Is(err, errBadConn) {
			break
		}
	}
	return tx, err
}

func main() {
	tx, err := beginRetry(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	tx.Commit()
}
