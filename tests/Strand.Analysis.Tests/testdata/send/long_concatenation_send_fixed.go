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

// describe buffers out, so the formatter can deliver its line even after the caller gave up.
func describe(r record) string {
	out := make(chan string, 1)
	go func() {
		out <- "host=" + r.host + ";" +
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
