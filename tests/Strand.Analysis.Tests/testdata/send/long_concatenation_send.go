package main

import (
	"fmt"
	"time"
)

type record struct {
	host   string
	port   string
	user   string
	role   string
	zone   string
	rack   string
	disk   string
	cpu    string
	mem    string
	net    string
	os     string
	arch   string
	build  string
	commit string
	branch string
	owner  string
}

// describe formats a long line in a goroutine (a 48-term concatenation) and gives up after a
// second; the formatter then blocks on the unbuffered out forever.
func describe(r record) string {
	out := make(chan string)
	go func() {
		out <- "host=" + r.host + ";" + // want "sending on out.*\(chan-send-leak\)"
			"port=" + r.port + ";" +
			"user=" + r.user + ";" +
			"role=" + r.role + ";" +
			"zone=" + r.zone + ";" +
			"rack=" + r.rack + ";" +
			"disk=" + r.disk + ";" +
			"cpu=" + r.cpu + ";" +
			"mem=" + r.mem + ";" +
			"net=" + r.net + ";" +
			"os=" + r.os + ";" +
			"arch=" + r.arch + ";" +
			"build=" + r.build + ";" +
			"commit=" + r.commit + ";" +
			"branch=" + r.branch + ";" +
			"owner=" + r.owner + ";"
	}()
	select {
	case s := <-out:
		return s
	case <-time.After(time.Second):
		return "timeout"
	}
}

func main() {
	fmt.Println(describe(record{host: "db1", port: "5432"}))
}
