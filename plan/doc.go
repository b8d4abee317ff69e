// Package plan will turn a visit's findings and agreed priorities into an
// ordered, dependency-aware and capacity-aware operational plan.
//
// It is still to be built (see the project's issue on the plan generator);
// for now it holds only this documentation.
package plan
