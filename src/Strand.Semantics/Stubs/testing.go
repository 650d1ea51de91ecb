// Package testing: Strand's partial stub (declarations only).
package testing

import "time"

// common holds the methods T, B and F share (promoted through embedding).
type common struct {
	name string
}

func (c *common) Cleanup(f func())
func (c *common) Error(args ...any)
func (c *common) Errorf(format string, args ...any)
func (c *common) Fail()
func (c *common) FailNow()
func (c *common) Failed() bool
func (c *common) Fatal(args ...any)
func (c *common) Fatalf(format string, args ...any)
func (c *common) Helper()
func (c *common) Log(args ...any)
func (c *common) Logf(format string, args ...any)
func (c *common) Name() string
func (c *common) Skip(args ...any)
func (c *common) SkipNow()
func (c *common) Skipf(format string, args ...any)
func (c *common) Skipped() bool
func (c *common) TempDir() string
func (c *common) Setenv(key, value string)

type T struct {
	common
}

func (t *T) Run(name string, f func(t *T)) bool
func (t *T) Parallel()
func (t *T) Deadline() (deadline time.Time, ok bool)

type B struct {
	common
	N int
}

func (b *B) Run(name string, f func(b *B)) bool
func (b *B) ResetTimer()
func (b *B) StartTimer()
func (b *B) StopTimer()
func (b *B) ReportAllocs()
func (b *B) RunParallel(body func(*PB))
func (b *B) Loop() bool
func (b *B) SetBytes(n int64)
func (b *B) ReportMetric(n float64, unit string)
func (b *B) SetParallelism(p int)

type PB struct {
	n int
}

func (pb *PB) Next() bool

type F struct {
	common
}

func (f *F) Add(args ...any)
func (f *F) Fuzz(ff any)

type M struct {
	n int
}

func (m *M) Run() (code int)

type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Skip(args ...any)
	Skipf(format string, args ...any)
	TempDir() string
}

func Short() bool
