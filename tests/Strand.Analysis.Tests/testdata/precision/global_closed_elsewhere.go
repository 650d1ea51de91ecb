// Package bus is a process-wide event bus.
package bus

var events = make(chan string, 16)

// Start drains the bus until Shutdown closes it.
func Start(handle func(string)) {
	go func() {
		for e := range events {
			handle(e)
		}
	}()
}

// Publish puts an event on the bus.
func Publish(e string) { events <- e }

// Shutdown ends the drain loop.
func Shutdown() { close(events) }
