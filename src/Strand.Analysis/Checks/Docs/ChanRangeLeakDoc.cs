using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class ChanRangeLeakDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.ChanRangeLeak,
        "A loop receives forever from a channel that is never closed",
        Severity.Error,
        """
        Finds a `for v := range ch` or `for { v := <-ch }` loop over a channel that is never closed once the
        senders are done, including workers started by a constructor whose owner has no Stop or Close
        method (or never calls it) and Start methods without a matching Stop.
        Why it matters: the loop waits for the next value forever; the worker and everything it references
        outlive the object that started it.
        How to fix: close the channel when the producers are done (the loop then ends), or give the worker a
        done channel or a context and a Stop/Close method that signals it, and call that method.
        """,
        """
        type Writer struct{ queue chan []byte }

        func NewWriter() *Writer {
        	w := &Writer{queue: make(chan []byte, 10)}
        	go w.loop()
        	return w
        }

        func (w *Writer) loop() {
        	for msg := range w.queue { // nobody closes queue
        		_ = msg
        	}
        }
        """,
        """
        type Writer struct{ queue chan []byte }

        func NewWriter() *Writer {
        	w := &Writer{queue: make(chan []byte, 10)}
        	go w.loop()
        	return w
        }

        func (w *Writer) Close() { close(w.queue) } // callers defer w.Close()

        func (w *Writer) loop() {
        	for msg := range w.queue {
        		_ = msg
        	}
        }
        """,
        "0.1.0");
}
