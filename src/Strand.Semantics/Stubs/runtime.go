// Package runtime: Strand's partial stub (declarations only).
package runtime

const GOOS = "linux"

const GOARCH = "amd64"

func NumGoroutine() int
func Gosched()
func GC()
func Goexit()
func GOMAXPROCS(n int) int
func NumCPU() int
func KeepAlive(x any)
func SetFinalizer(obj any, finalizer any)
