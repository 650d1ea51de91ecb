// Package unsafe: Strand's stub (its functions are really builtins; here they are declarations).
package unsafe

type ArbitraryType int

type Pointer *ArbitraryType

func Sizeof(x ArbitraryType) uintptr
func Offsetof(x ArbitraryType) uintptr
func Alignof(x ArbitraryType) uintptr
func Add(ptr Pointer, len int) Pointer
func Slice(ptr *ArbitraryType, len int) []ArbitraryType
func String(ptr *byte, len int) string
func StringData(str string) *byte
func SliceData(slice []ArbitraryType) *ArbitraryType
