module strand.example/goastdump

go 1.19
