package main

import (
	"context"
	"errors"
	"log"
	"sync/atomic"
)

var errTxDone = errors.New("transaction already finished")

// Tx (the shape of database/sql.Tx) is rolled back by its watcher when its context ends; Commit and
// Rollback cancel that context, and an atomic flag makes sure only the first of them does the work:
// the flag starts at 0, so the first CompareAndSwap succeeds and cancels.
type Tx struct {
	done   int32
	ctx    context.Context
	cancel func()
}

func begin(parent context.Context) *Tx {
	ctx, cancel := context.WithCancel(parent)
	tx := &Tx{ctx: ctx, cancel: cancel}
	go tx.watch()
	return tx
}

func (tx *Tx) watch() {
	<-tx.ctx.Done()
	tx.finish()
}

func (tx *Tx) finish() error {
	if !atomic.CompareAndSwapInt32(&tx.done, 0, 1) {
		return errTxDone
	}
	tx.cancel()
	return nil
}

func (tx *Tx) Commit() error   { return tx.finish() }
func (tx *Tx) Rollback() error { return tx.finish() }

func main() {
	tx := begin(context.Background())
	defer tx.Rollback()
	if err := tx.Commit(); err != nil {
		log.Fatal(err)
	}
}
