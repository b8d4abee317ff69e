// Package hosttest holds only tests: they set the package-level variables
// of github.com/shopspring/decimal, as a host program may, and check that
// egovkit's output and decoders do not change. They live in a package of
// their own so that the changed variables cannot leak into other tests.
package hosttest
