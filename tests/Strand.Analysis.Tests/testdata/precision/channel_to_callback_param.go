// Package relay hands channels to callbacks it does not know.
package relay

// Run gives the callback a channel to answer on and waits for the answer; the callback is
// unknown code, so whether it answers is beyond Strand: the channel is open.
func Run(callback func(answer chan<- string)) string {
	answer := make(chan string)
	go callback(answer)
	return <-answer
}
