package egov_test

import (
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/digitaldistrict/egovkit/egov"
)

func TestDerivedIDs(t *testing.T) {
	ns := uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/digitaldistrict/egovkit"))
	if egov.Namespace() != ns {
		t.Fatal("namespace differs from the one docs/design.md gives")
	}
	d := egov.MustDate(2025, 11, 20)
	cases := map[string]uuid.UUID{
		"municipality:cacak":     egov.MunicipalityIDOf("cacak").UUID(),
		"service:episarnica":     egov.ServiceIDOf("episarnica").UUID(),
		"visit:cacak:2025-11-20": egov.VisitIDOf("cacak", d).UUID(),
	}
	for key, got := range cases {
		want := uuid.NewSHA1(ns, []byte(key))
		if got != want {
			t.Errorf("%s: %s, want %s", key, got, want)
		}
		if got.Version() != 5 {
			t.Errorf("%s: version %d", key, got.Version())
		}
	}
	v := egov.Visit{Municipality: "cacak", Date: d}
	if v.ResolvedID() != egov.VisitIDOf("cacak", d) {
		t.Error("visit ID not derived")
	}
	given := egov.IDFromUUID[egov.Visit](uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
	v.ID = given
	if v.ResolvedID() != given {
		t.Error("given visit ID not kept")
	}
}

func TestIDText(t *testing.T) {
	id := egov.MunicipalityIDOf("nis")
	back, err := egov.ParseID[egov.Municipality](id.String())
	if err != nil || back != id {
		t.Fatalf("ParseID(%s) = %v, %v", id, back, err)
	}
	upper := strings.ToUpper(id.String())
	if _, err := egov.ParseID[egov.Municipality](upper); err == nil || !strings.Contains(err.Error(), `did you mean "`+id.String()+`"?`) {
		t.Errorf("ParseID(%q) = %v: one ID has one spelling", upper, err)
	}
	for _, bad := range []string{"", "nis", "{" + id.String() + "}", "urn:uuid:" + id.String(), id.String()[:35] + "g"} {
		if _, err := egov.ParseID[egov.Municipality](bad); err == nil {
			t.Errorf("ParseID(%q) accepted", bad)
		}
	}
	var zero egov.ServiceID
	if !zero.IsZero() || egov.ServiceIDOf("eid").IsZero() {
		t.Error("IsZero wrong")
	}
}

func TestFindingAndPriorityIDs(t *testing.T) {
	v := egov.Visit{Municipality: "cacak", Date: egov.MustDate(2025, 11, 20)}
	if v.PriorityID(1) == v.PriorityID(2) || v.FindingID(0) == v.FindingID(1) {
		t.Error("IDs collide")
	}
	if v.PriorityID(1) != (egov.Visit{Municipality: "cacak", Date: egov.MustDate(2025, 11, 20)}).PriorityID(1) {
		t.Error("priority ID is not deterministic")
	}
	other := egov.Visit{Municipality: "nis", Date: egov.MustDate(2025, 11, 20)}
	if v.PriorityID(1) == other.PriorityID(1) {
		t.Error("priority IDs of different visits collide")
	}
}
