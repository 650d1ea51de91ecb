// Package hooks lets callers plug in a sink for events.
package hooks

// Sink is implemented outside this package.
type Sink interface {
	Attach(events chan<- string)
}

// Watch hands the channel to a Sink whose implementation Strand cannot see.
func Watch(s Sink, handle func(string)) {
	events := make(chan string)
	s.Attach(events)
	go func() {
		for e := range events {
			handle(e)
		}
	}()
}
