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
// owner, policy and rounding mode comes up. Sizes cost every property
// that draws them work in proportion, so they reach their limits less
// often; where a limit is far beyond what properties need (10,000
// indicators or services, 100,000 actions), the default generators stop at
// a smaller size and the UpTo variants reach the limit seldom, building
// large values by repeating a few drawn elements. reach_test.go checks
// that each generator keeps reaching what it promises.
package gen
