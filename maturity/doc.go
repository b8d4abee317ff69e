// Package maturity will score a municipality's digital maturity with a
// methodology given as versioned data, exactly and explainably.
//
// It is still to be built (see the project's issue on the scoring engine);
// for now it holds only this documentation.
package maturity
