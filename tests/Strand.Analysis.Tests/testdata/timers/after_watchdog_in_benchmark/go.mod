module example.com/benchwatchdog

go 1.19
