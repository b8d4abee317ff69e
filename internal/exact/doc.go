// Package exact parses and formats decimal numbers without depending on the
// package-level variables of github.com/shopspring/decimal, so that egovkit's
// decoders accept the same inputs and its encoders write the same bytes
// whatever a host program sets there.
//
// It also holds the small pieces of exact arithmetic that more than one
// package needs. It does no I/O and holds no state.
package exact
