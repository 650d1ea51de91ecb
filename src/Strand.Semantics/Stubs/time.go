// Package time: Strand's stub (declarations only).
package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) Hours() float64
func (d Duration) Minutes() float64
func (d Duration) Seconds() float64
func (d Duration) Milliseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Nanoseconds() int64
func (d Duration) String() string
func (d Duration) Round(m Duration) Duration
func (d Duration) Truncate(m Duration) Duration

type Month int

type Weekday int

type Location struct {
	name string
}

var UTC *Location

var Local *Location

type Time struct {
	wall uint64
	ext  int64
}

func (t Time) Add(d Duration) Time
func (t Time) Sub(u Time) Duration
func (t Time) Before(u Time) bool
func (t Time) After(u Time) bool
func (t Time) Equal(u Time) bool
func (t Time) IsZero() bool
func (t Time) Unix() int64
func (t Time) UnixNano() int64
func (t Time) UnixMilli() int64
func (t Time) String() string
func (t Time) Format(layout string) string
func (t Time) UTC() Time
func (t Time) Truncate(d Duration) Time
func (t Time) Round(d Duration) Time
func (t Time) Nanosecond() int
func (t Time) Second() int
func (t Time) Minute() int
func (t Time) Hour() int
func (t Time) Day() int
func (t Time) Month() Month
func (t Time) Year() int
func (t Time) Weekday() Weekday
func (t Time) Location() *Location
func (t Time) In(loc *Location) Time
func (t Time) Local() Time

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time

const (
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
)

type Timer struct {
	C <-chan Time
}

func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool

type Ticker struct {
	C <-chan Time
}

func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)

func After(d Duration) <-chan Time
func AfterFunc(d Duration, f func()) *Timer
func Tick(d Duration) <-chan Time
func NewTimer(d Duration) *Timer
func NewTicker(d Duration) *Ticker
func Sleep(d Duration)
func Now() Time
func Since(t Time) Duration
func Until(t Time) Duration
func Unix(sec int64, nsec int64) Time
func UnixMilli(msec int64) Time
func ParseDuration(s string) (Duration, error)
