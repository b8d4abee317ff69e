package maturity

import "github.com/digitaldistrict/egovkit/egov"

// BatchPlanned reports whether Compile prepared TotalsBatch's fast path
// for c, so that black-box tests can check that they reach both paths.
func BatchPlanned(c *Compiled) bool { return c.batch.ok }

// RangeExact is Range on the exact decimal path only, for tests that check
// the machine-word path against it.
func RangeExact(c *Compiled, p egov.Profile) (Range, error) {
	spans := make([]span, len(c.rules))
	for i := range c.rules {
		spans[i] = c.rules[i].spanOf(p, c.halfEven)
	}
	return c.rangeOf(p, nil, spans, true, new(work))
}

// AllMeasures and MeasureIndex expose the machine-word path's table of
// measures, so that a test can check it against egov.Measures().
func AllMeasures() []egov.Measure { a := allMeasures(); return a[:] }

func MeasureIndex(m egov.Measure) int { return measureIndex(m) }
