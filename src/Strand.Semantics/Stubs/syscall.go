// Package syscall: Strand's stub (declarations only).
package syscall

type Signal int

func (s Signal) Signal()
func (s Signal) String() string

const (
	SIGHUP  = Signal(0x1)
	SIGINT  = Signal(0x2)
	SIGQUIT = Signal(0x3)
	SIGKILL = Signal(0x9)
	SIGUSR1 = Signal(0xa)
	SIGUSR2 = Signal(0xc)
	SIGPIPE = Signal(0xd)
	SIGTERM = Signal(0xf)
)
