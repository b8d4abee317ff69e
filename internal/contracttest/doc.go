// Package contracttest holds only tests of two promises every entry point
// of egovkit keeps: compiled models, catalogues and playbooks are immutable
// and safe for concurrent use (run these tests with -race), and no entry
// point changes its inputs.
package contracttest
