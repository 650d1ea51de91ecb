module example.com/watchdog

go 1.19
