// Package fetch downloads things.
package fetch

// Size pretends to download url and returns its size.
func Size(url string) int { return len(url) }
