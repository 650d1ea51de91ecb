module example.com/leakylocks

go 1.19
