package maturity_test

import (
	"testing"

	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/maturity"
)

// A fingerprint is the model's content: two compilations of one content
// share it, a weight written 1.50 instead of 1.5 keeps it, and any other
// change (a Serbian name too) gives another; no model has none.
func TestFingerprintIsTheContent(t *testing.T) {
	a := maturity.MustCompile(maturity.LSGModel())
	if fp := a.Fingerprint(); len(fp) != 64 || fp != maturity.Default().Fingerprint() {
		t.Errorf("fingerprint %q, default %q", fp, maturity.Default().Fingerprint())
	}
	same := maturity.LSGModel()
	same.Dimensions[0].Weight = exact.MustDecimal("15.00")
	if maturity.MustCompile(same).Fingerprint() != a.Fingerprint() {
		t.Error("15.00 and 15 give different fingerprints")
	}
	renamed := maturity.LSGModel()
	renamed.Dimensions[0].NameCyrillic += "!"
	if maturity.MustCompile(renamed).Fingerprint() == a.Fingerprint() {
		t.Error("a changed name keeps the fingerprint")
	}
	var none *maturity.Compiled
	if none.Fingerprint() != "" || (&maturity.Compiled{}).Fingerprint() != "" {
		t.Error("no model has a fingerprint")
	}
}
