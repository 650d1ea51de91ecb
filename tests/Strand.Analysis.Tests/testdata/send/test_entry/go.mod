module example.com/testentry

go 1.19
