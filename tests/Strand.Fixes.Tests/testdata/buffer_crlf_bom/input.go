package main

func compute() int {
	return 42
}

func start() {
	done := make(chan int)
	go func() {
		done <- compute()
	}()
}

func main() {
	start()
}
