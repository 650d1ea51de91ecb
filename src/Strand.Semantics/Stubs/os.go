// Package os: Strand's stub (declarations only).
package os

import "syscall"

type Signal interface {
	String() string
	Signal()
}

var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

var Args []string

type File struct {
	name string
}

func (f *File) Name() string
func (f *File) Read(b []byte) (n int, err error)
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Close() error
func (f *File) Sync() error
func (f *File) Fd() uintptr
func (f *File) Seek(offset int64, whence int) (ret int64, err error)
func (f *File) ReadAt(b []byte, off int64) (n int, err error)
func (f *File) WriteAt(b []byte, off int64) (n int, err error)
func (f *File) Truncate(size int64) error
func (f *File) Readdirnames(n int) (names []string, err error)

var (
	Stdin  *File
	Stdout *File
	Stderr *File
)

func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Open(name string) (*File, error)
func Create(name string) (*File, error)
func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm uint32) error
func Remove(name string) error
func Getpid() int
