package egov_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
)

func svc(key string, prereqs ...string) egov.Service {
	s := egov.Service{
		Key:  egov.ServiceKey(key),
		Name: egov.ServiceNames{English: "S " + key, Latin: "U " + key},
		Kind: egov.KindEnabler,
	}
	for _, p := range prereqs {
		s.Prerequisites = append(s.Prerequisites, egov.Prerequisite{Service: egov.ServiceKey(p)})
	}
	return s
}

func TestNewCatalogReportsEveryProblem(t *testing.T) {
	bad := svc("b", "nope", "b", "a", "a")
	bad.Name = egov.ServiceNames{}
	bad.Kind = 0
	_, err := egov.NewCatalog([]egov.Service{svc("a"), bad, svc("a"), svc("Bad Key")})
	var ve *egov.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("err = %v, want *ValidationError", err)
	}
	want := []string{
		`services[1].name.en: missing English name`,
		`services[1].name.sr_latn: missing Serbian Latin name`,
		`services[1].kind: missing kind`,
		`services[2].key: duplicate key "a", first at services[0]`,
		`services[3].key: key "Bad Key" is not lower-case ASCII words joined by hyphens; did you mean "bad-key"?`,
		`services[1].prerequisites[0].service: unknown service "nope"`,
		`services[1].prerequisites[1].service: service "b" requires itself`,
		`services[1].prerequisites[3].service: prerequisite "a" given more than once`,
	}
	var got []string
	for _, p := range ve.Problems {
		got = append(got, p.Error())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.HasPrefix(err.Error(), "invalid catalogue: 8 problems:") {
		t.Errorf("Error() = %q", err.Error())
	}
	var p egov.Problem
	if !errors.As(err, &p) || p.Path != "services[1].name.en" {
		t.Errorf("errors.As(Problem) = %+v", p)
	}
}

func TestNewCatalogNamesTheCycle(t *testing.T) {
	_, err := egov.NewCatalog([]egov.Service{svc("d", "b"), svc("b", "c"), svc("c", "d"), svc("a", "b")})
	ps := egov.Problems(err)
	if len(ps) != 1 || ps[0].Error() != "services[1].prerequisites: prerequisites form a cycle: b → c → d → b" {
		t.Fatalf("got %v", ps)
	}
}

func TestAcyclicCatalogsAreAccepted(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		services := gen.Services().Draw(t, "services")
		c, err := egov.NewCatalog(services)
		if err != nil {
			t.Fatal(err)
		}
		if c.Len() != len(services) {
			t.Fatalf("Len = %d, want %d", c.Len(), len(services))
		}
	})
}

func TestCatalogsWithACycleAreRejected(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		services := gen.Services().Filter(func(s []egov.Service) bool { return len(s) >= 2 }).Draw(t, "services")
		cyclic, _ := gen.WithCycle(t, services)
		_, err := egov.NewCatalog(cyclic)
		ps := egov.Problems(err)
		if len(ps) != 1 || !strings.HasPrefix(ps[0].Reason, "prerequisites form a cycle: ") {
			t.Fatalf("problems %v, want one cycle", ps)
		}
		keys := strings.Split(ps[0].Value, " → ")
		if len(keys) < 2 || keys[0] != keys[len(keys)-1] {
			t.Fatalf("cycle %q does not close", ps[0].Value)
		}
		cycle := keys[:len(keys)-1]
		if slices.Min(cycle) != cycle[0] {
			t.Fatalf("cycle %q does not start from its smallest key", ps[0].Value)
		}
		requires := map[string][]string{}
		for _, s := range cyclic {
			for _, p := range s.Prerequisites {
				requires[string(s.Key)] = append(requires[string(s.Key)], string(p.Service))
			}
		}
		for i := 0; i+1 < len(keys); i++ {
			if !slices.Contains(requires[keys[i]], keys[i+1]) {
				t.Fatalf("cycle %q: %s does not require %s", ps[0].Value, keys[i], keys[i+1])
			}
		}
	})
}

// slowOrder is the reference topological order: repeatedly take the
// smallest key whose prerequisites are all placed.
func slowOrder(services []egov.Service) []egov.ServiceKey {
	placed := map[egov.ServiceKey]bool{}
	var order []egov.ServiceKey
	for len(order) < len(services) {
		var best egov.ServiceKey
		found := false
		for _, s := range services {
			if placed[s.Key] {
				continue
			}
			ready := true
			for _, p := range s.Prerequisites {
				ready = ready && placed[p.Service]
			}
			if ready && (!found || s.Key < best) {
				best, found = s.Key, true
			}
		}
		placed[best] = true
		order = append(order, best)
	}
	return order
}

func TestOrderRespectsPrerequisitesAndMatchesReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		services := gen.Services().Draw(t, "services")
		c := egov.MustNewCatalog(services)
		order := c.Order()
		if want := slowOrder(services); !slices.Equal(order, want) {
			t.Fatalf("Order = %v, reference %v", order, want)
		}
		pos := map[egov.ServiceKey]int{}
		for i, k := range order {
			pos[k] = i
		}
		for _, s := range services {
			for _, p := range s.Prerequisites {
				if pos[p.Service] >= pos[s.Key] {
					t.Fatalf("%s placed before its prerequisite %s", s.Key, p.Service)
				}
			}
			// Transitive prerequisites: the reference closure, in Order's order.
			got, err := c.Prerequisites(s.Key)
			if err != nil {
				t.Fatal(err)
			}
			closure := map[egov.ServiceKey]bool{}
			var visit func(k egov.ServiceKey)
			visit = func(k egov.ServiceKey) {
				svc, _ := c.Service(k)
				for _, p := range svc.Prerequisites {
					if !closure[p.Service] {
						closure[p.Service] = true
						visit(p.Service)
					}
				}
			}
			visit(s.Key)
			var want []egov.ServiceKey
			for _, k := range order {
				if closure[k] {
					want = append(want, k)
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("Prerequisites(%s) = %v, want %v", s.Key, got, want)
			}
		}
	})
}

func TestNewCatalogDoesNotChangeOrKeepItsInput(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		services := gen.Services().Draw(t, "services")
		before := cloneServices(services)
		c, _ := egov.NewCatalog(services)
		if !equalServices(services, before) {
			t.Fatal("input changed")
		}
		for i := range services {
			services[i].Name.English = "changed"
			if len(services[i].Prerequisites) > 0 {
				services[i].Prerequisites[0].Service = "changed"
			}
		}
		for _, s := range c.Services() {
			if s.Name.English == "changed" {
				t.Fatal("catalogue shares memory with its input")
			}
		}
	})
}

func cloneServices(in []egov.Service) []egov.Service {
	out := slices.Clone(in)
	for i := range out {
		out[i].Prerequisites = slices.Clone(out[i].Prerequisites)
	}
	return out
}

func equalServices(a, b []egov.Service) bool {
	return slices.EqualFunc(a, b, func(x, y egov.Service) bool {
		return x.Key == y.Key && x.Name == y.Name && x.Kind == y.Kind && x.Audience == y.Audience &&
			slices.Equal(x.Prerequisites, y.Prerequisites)
	})
}

func TestUnknownServiceQueries(t *testing.T) {
	c := egov.SerbianCatalog()
	if _, err := c.Prerequisites("nope"); err == nil {
		t.Error("Prerequisites of an unknown service: no error")
	}
	if _, ok := c.Service("nope"); ok {
		t.Error("Service(nope) found")
	}
	var nilCat *egov.Catalog
	if nilCat.Len() != 0 || nilCat.Has("eid") || nilCat.Order() != nil {
		t.Error("nil catalogue is not empty")
	}
}

func TestSerbianCatalog(t *testing.T) {
	c := egov.SerbianCatalog()
	for _, k := range []egov.ServiceKey{"eid", "consentid", "euprava", "esanduce", "eplacanje", "pisarnica",
		"episarnica", "epecat", "ezup", "ddc", "ebeba", "evrtic", "service-generator", "ceop", "lpa", "rap"} {
		s, ok := c.Service(k)
		if !ok {
			t.Errorf("missing %s", k)
			continue
		}
		if s.Name.English == "" || s.Name.Latin == "" || s.Name.Cyrillic == "" || s.Source == "" {
			t.Errorf("%s lacks a name or a source: %+v", k, s)
		}
	}
	// The edges no source states are labelled assumptions; those seen in a
	// source are not.
	want := map[[2]egov.ServiceKey]bool{
		{"consentid", "eid"}: false, {"esanduce", "eid"}: false, {"epecat", "ddc"}: false,
		{"episarnica", "consentid"}: false, {"episarnica", "esanduce"}: false,
		{"episarnica", "pisarnica"}: true, {"episarnica", "epecat"}: true, {"ezup", "consentid"}: true,
	}
	for edge, assumed := range want {
		s, _ := c.Service(edge[0])
		i := slices.IndexFunc(s.Prerequisites, func(p egov.Prerequisite) bool { return p.Service == edge[1] })
		if i < 0 {
			t.Errorf("%s does not require %s", edge[0], edge[1])
			continue
		}
		if p := s.Prerequisites[i]; p.Assumption != assumed || p.Note == "" {
			t.Errorf("%s → %s: assumption %v (want %v), note %q", edge[0], edge[1], p.Assumption, assumed, p.Note)
		}
	}
	if c == egov.SerbianCatalog() {
		t.Error("SerbianCatalog returns a shared value")
	}
}
