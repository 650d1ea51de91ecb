module strand.bench/gotypes

go 1.19
