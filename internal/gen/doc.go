// Package gen holds rapid generators of valid egovkit domain values, shared
// by the tests of every package so that their properties draw from the same,
// well-tested sources.
//
// It is imported only by test files. Generated values are mostly small, so
// that failures shrink to readable counterexamples, but every generator
// also reaches the documented limits and every kind its values can take: a
// good share of draws lands exactly at a limit or one step inside it
// (weights of 10,000, 100 dimensions, counts of 30 digits, efforts of
// 10,000 person-days, 520-week horizons), another share spreads
// log-uniformly over the whole range, and every rule kind, effect kind,
// owner, policy and rounding mode comes up. Sizes whose limit is costly to
// reach (10,000 indicators or services, 100,000 actions) come up rarely,
// and are built by repeating a few drawn elements. reach_test.go checks
// that each generator keeps reaching what it promises.
package gen
