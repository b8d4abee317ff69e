// Package gen holds rapid generators of valid egovkit domain values, shared
// by the tests of every package so that their properties draw from the same,
// well-tested sources.
//
// It is imported only by test files. Generators are small on purpose: a
// property that holds on a catalogue of a dozen services and a visit of a
// few priorities rarely fails only on bigger ones, and small failures shrink
// to readable counterexamples.
package gen
