module example.com/strand-examples

go 1.19
