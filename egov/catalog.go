package egov

import (
	"fmt"
	"slices"
	"strings"

	"github.com/digitaldistrict/egovkit/internal/graph"
)

// MaxServices is the most services a catalogue may hold.
const MaxServices = 10_000

// A Catalog is an immutable, validated set of services whose prerequisites
// form a directed acyclic graph. Build one with NewCatalog, or take the
// built-in SerbianCatalog. A *Catalog is safe for concurrent use; its methods
// return copies, never views of its insides. The methods of a nil *Catalog
// behave as those of an empty one.
type Catalog struct {
	services []Service          // sorted by key
	index    map[ServiceKey]int // key → position in services
	prereqs  [][]int            // direct prerequisites, by position
	order    []int              // topological order, ties by key
	names    []string           // the keys, sorted, for suggestions
}

// NewCatalog validates services and builds a catalogue of them. It reports
// every problem at once in a *ValidationError: missing or malformed keys,
// duplicate keys, missing names, kinds and audiences out of range,
// prerequisites that are unknown, repeated or the service itself, and a
// cycle of prerequisites, named from its smallest key ("a → b → c → a").
// The input slice is not changed or retained.
func NewCatalog(services []Service) (*Catalog, error) {
	var ps ProblemList
	c := buildCatalog(&ps, services)
	if err := ps.Err("catalogue"); err != nil {
		return nil, err
	}
	return c, nil
}

// buildCatalog validates services into ps and builds a catalogue of them,
// which is complete only if ps holds no problems. Where a decoded
// document's service keys could not all be read, a prerequisite naming an
// unknown service may name one of them, and is not reported.
func buildCatalog(ps *ProblemList, services []Service) *Catalog {
	if len(services) > MaxServices {
		ps.Append(LimitProblem("services", "services", MaxServices, int64(len(services))))
		return nil
	}
	c := &Catalog{index: make(map[ServiceKey]int, len(services))}
	keysLost := false
	first := make(map[ServiceKey]int, len(services)) // key → its first input position
	for i, s := range services {
		path := index("services", i)
		validateService(ps, path, s)
		if !ps.Readable(field(path, "key")) {
			keysLost = true
		}
		if s.Key == "" {
			continue
		}
		if j, dup := first[s.Key]; dup {
			ps.Add(field(path, "key"), string(s.Key), "duplicate key %q, first at services[%d]", s.Key, j)
			continue
		}
		first[s.Key] = i
		c.services = append(c.services, s.clone())
	}
	slices.SortFunc(c.services, func(a, b Service) int { return strings.Compare(string(a.Key), string(b.Key)) })
	c.names = make([]string, len(c.services))
	for i, s := range c.services {
		c.index[s.Key] = i
		c.names[i] = string(s.Key)
	}
	c.prereqs = make([][]int, len(c.services))
	for i, s := range c.services {
		path := index("services", first[s.Key])
		seen := make(map[ServiceKey]bool, len(s.Prerequisites))
		for k, p := range s.Prerequisites {
			ppath := field(index(field(path, "prerequisites"), k), "service")
			j, known := c.index[p.Service]
			switch {
			case p.Service == "":
				ps.Add(ppath, "", "missing service")
			case p.Service == s.Key:
				ps.Add(ppath, string(p.Service), "service %q requires itself", s.Key)
			case !known && keysLost:
			case !known:
				ps.Add(ppath, string(p.Service), "unknown service %q%s", p.Service, ps.catalogHint(p.Service, c))
			case seen[p.Service]:
				ps.Add(ppath, string(p.Service), "prerequisite %q given more than once", p.Service)
			default:
				c.prereqs[i] = append(c.prereqs[i], j)
			}
			seen[p.Service] = true
		}
	}
	order, cycle := graph.Order(len(c.services), c.prereqs)
	if cycle != nil {
		names := make([]string, 0, len(cycle)+1)
		for _, i := range cycle {
			names = append(names, string(c.services[i].Key))
		}
		names = append(names, names[0])
		text := strings.Join(names, " → ")
		ps.Add(field(index("services", first[c.services[cycle[0]].Key]), "prerequisites"), text,
			"prerequisites form a cycle: %s", text)
	}
	c.order = order
	return c
}

// MustNewCatalog is NewCatalog for literals known to be valid; it panics on
// an invalid catalogue.
func MustNewCatalog(services []Service) *Catalog {
	c, err := NewCatalog(services)
	if err != nil {
		panic(err)
	}
	return c
}

func validateService(ps *ProblemList, path string, s Service) {
	switch {
	case s.Key == "":
		ps.Add(field(path, "key"), "", "missing key")
	case !IsKey(string(s.Key)):
		ps.Add(field(path, "key"), string(s.Key), "key %q is not lower-case ASCII words joined by hyphens%s",
			s.Key, keyHint(string(s.Key)))
	}
	if strings.TrimSpace(s.Name.English) == "" {
		ps.Add(field(path, "name.en"), s.Name.English, "missing English name")
	}
	if strings.TrimSpace(s.Name.Latin) == "" {
		ps.Add(field(path, "name.sr_latn"), s.Name.Latin, "missing Serbian Latin name")
	}
	switch {
	case s.Kind == ServiceKindUnspecified:
		ps.Add(field(path, "kind"), "", "missing kind")
	case !s.Kind.IsValid():
		ps.Add(field(path, "kind"), s.Kind.String(), "kind %s out of range", s.Kind)
	}
	if !s.Audience.IsValid() {
		ps.Add(field(path, "audience"), s.Audience.String(), "audience %s out of range", s.Audience)
	}
}

// Len returns the number of services.
func (c *Catalog) Len() int {
	if c == nil {
		return 0
	}
	return len(c.services)
}

// Has reports whether the catalogue holds a service with the key.
func (c *Catalog) Has(key ServiceKey) bool {
	if c == nil {
		return false
	}
	_, ok := c.index[key]
	return ok
}

// Service returns a copy of the service with the key.
func (c *Catalog) Service(key ServiceKey) (Service, bool) {
	if c == nil {
		return Service{}, false
	}
	i, ok := c.index[key]
	if !ok {
		return Service{}, false
	}
	return c.services[i].clone(), true
}

// Keys returns the keys of all services in byte order.
func (c *Catalog) Keys() []ServiceKey {
	if c == nil {
		return nil
	}
	keys := make([]ServiceKey, len(c.services))
	for i, s := range c.services {
		keys[i] = s.Key
	}
	return keys
}

// Services returns copies of all services, in key order.
func (c *Catalog) Services() []Service {
	if c == nil {
		return nil
	}
	out := make([]Service, len(c.services))
	for i, s := range c.services {
		out[i] = s.clone()
	}
	return out
}

// Order returns the keys of all services in a topological order: every
// service after all of its prerequisites. Among services whose prerequisites
// are all placed, the smallest key comes first, so the order is
// deterministic.
func (c *Catalog) Order() []ServiceKey {
	if c == nil {
		return nil
	}
	out := make([]ServiceKey, len(c.order))
	for i, j := range c.order {
		out[i] = c.services[j].Key
	}
	return out
}

// Prerequisites returns every service that key requires, directly or
// through others, in the catalogue's topological order (see Order). It
// returns an error for a key the catalogue does not hold.
func (c *Catalog) Prerequisites(key ServiceKey) ([]ServiceKey, error) {
	if !c.Has(key) {
		return nil, fmt.Errorf("egov: unknown service %q", key)
	}
	i := c.index[key]
	needed := make([]bool, len(c.services))
	for _, j := range graph.Ancestors(len(c.services), c.prereqs, i) {
		needed[j] = true
	}
	var out []ServiceKey
	for _, j := range c.order {
		if needed[j] {
			out = append(out, c.services[j].Key)
		}
	}
	return out, nil
}

// DirectPrerequisites returns the services key requires directly, in key
// order, and false for a key the catalogue does not hold.
func (c *Catalog) DirectPrerequisites(key ServiceKey) ([]ServiceKey, bool) {
	if !c.Has(key) {
		return nil, false
	}
	var out []ServiceKey
	for _, j := range c.prereqs[c.index[key]] {
		out = append(out, c.services[j].Key)
	}
	slices.Sort(out)
	return out, true
}
