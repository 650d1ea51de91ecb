// Package proxytest's TestMain is the test binary's main: with a flag it starts a server and
// parks forever so a developer can use the server by hand (shape of cmd/go/go_test.go:140).
package proxytest

import (
	"flag"
	"net/http"
	"os"
	"testing"
)

var serve = flag.String("serve", "", "serve the test proxy on this address and never exit")

func TestMain(m *testing.M) {
	flag.Parse()
	if *serve != "" {
		go http.ListenAndServe(*serve, nil)
		select {}
	}
	os.Exit(m.Run())
}
