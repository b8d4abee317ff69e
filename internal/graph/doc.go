// Package graph orders directed acyclic graphs deterministically and reports
// cycles with their path.
//
// Graphs are given on dense integer indices 0..n-1: callers map their own keys
// to indices once, in the order they want ties broken, and map the answers
// back. Nothing here knows about services, actions or municipalities.
//
// The package does no I/O and holds no state between calls.
package graph
