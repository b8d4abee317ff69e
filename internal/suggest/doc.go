// Package suggest finds the known name nearest to a mistyped one, so that an
// error can offer the fix: unknown measure "staf"; did you mean "staff"?
//
// Nearness is the number of single-letter edits (insert, delete, replace,
// or swap two neighbours) between the names compared without regard to case.
// The answer is deterministic: among equally near names the first given
// wins. It does no I/O and holds no state.
package suggest
