package egov_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
)

// BenchmarkDecodeCatalogSize decodes catalogues of growing size, up to the
// limit of services: bytes and allocations per operation grow linearly.
func BenchmarkDecodeCatalogSize(b *testing.B) {
	for _, n := range []int{100, 1_000, egov.MaxServices} {
		services := make([]egov.Service, n)
		for i := range services {
			key := egov.ServiceKey(fmt.Sprintf("s%d", i))
			services[i] = egov.Service{Key: key, Kind: egov.KindEnabler,
				Name: egov.ServiceNames{English: "Service", Latin: "Usluga"}}
			if i > 0 {
				services[i].Prerequisites = []egov.Prerequisite{{Service: egov.ServiceKey(fmt.Sprintf("s%d", i/2))}}
			}
		}
		data, err := json.Marshal(egov.MustNewCatalog(services))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("services=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := egov.DecodeCatalog(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
