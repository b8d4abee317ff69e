package maturity_test

import (
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
)

// BenchmarkAskFirst lists what to ask first with the default model, for
// Čačak's profile (two services of sixteen known) and for an empty one;
// BenchmarkAskFirstReference does the same with the first version, which
// copies the profile for every answer it weighs.
func BenchmarkAskFirst(b *testing.B) {
	benchAskFirst(b, func(c *maturity.Compiled, p egov.Profile) ([]maturity.Fact, error) { return c.AskFirst(p) })
}

func BenchmarkAskFirstReference(b *testing.B) {
	benchAskFirst(b, maturity.AskFirstReference)
}

func benchAskFirst(b *testing.B, ask func(*maturity.Compiled, egov.Profile) ([]maturity.Fact, error)) {
	c := maturity.Default()
	for _, pc := range []struct {
		name string
		p    egov.Profile
	}{
		{"pilot", egov.PilotProfiles()[1]},
		{"empty", egov.Profile{Municipality: "cacak", Date: egov.MustDate(2025, 10, 1)}},
	} {
		b.Run(pc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ask(c, pc.p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
