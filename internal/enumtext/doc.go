// Package enumtext gives egovkit's small integer enums their text forms.
//
// Each enum type keeps its names in its String method (a switch or a local
// array, never a package variable) and calls Name, Marshal and Unmarshal from
// its String, MarshalText and UnmarshalText methods, so that every enum
// spells, refuses and reports values the same way. It does no I/O and holds
// no state.
package enumtext
