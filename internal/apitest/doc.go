// Package apitest holds only a test: it lists the exported API of egov,
// maturity and plan, one declaration a line as Go keeps its own in
// api/*.txt, and compares the listing with the committed api/egovkit.txt,
// so that no exported name or signature changes by accident. After an
// intended change, regenerate the listing with
//
//	go test ./internal/apitest -update
//
// and commit it with the change; a removed or changed line is an
// incompatible change and needs a new major version.
package apitest
