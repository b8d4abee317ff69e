// Package hostile holds only tests: they drive every exported entry point
// of egov, maturity and plan with hostile input (empty, nil, enormous,
// deeply nested, invalid UTF-8, duplicate keys and IDs, numbers with huge
// exponents, a million indicators or actions) and require an error or a
// valid result each time, never a panic.
package hostile
