package main

func compute() int {
	return 42
}

func start() {
	done := make(chan int, 1)
	go func() {
		done <- compute()
	}()
}

func main() {
	start()
}
