// Package fmt: Strand's partial stub (declarations only; other members are unknown).
package fmt

type Stringer interface {
	String() string
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
func Errorf(format string, a ...any) error
func Fprint(w any, a ...any) (n int, err error)
func Fprintln(w any, a ...any) (n int, err error)
func Fprintf(w any, format string, a ...any) (n int, err error)
