package maturity

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// Limits of a model. They keep every sum of the scoring engine inside
// 64-bit integers and bound the work a hostile model can cause.
const (
	MaxDimensions   = 100
	MaxIndicators   = 10_000 // across all dimensions
	MaxBands        = 100
	MaxLevels       = 100
	MaxValuePlaces  = 6      // indicator values, credits, thresholds, bands, scale
	MaxWeightPlaces = 4      // weights
	MaxPlaces       = 6      // reported places
	MaxGroups       = 1_000  // across all dimensions, at any depth
	maxWeight       = 10_000 // the largest weight
	maxScale        = 1_000_000_000
)

// MaxWeightPlace is the old name of MaxWeightPlaces.
//
// Deprecated: use MaxWeightPlaces.
const MaxWeightPlace = MaxWeightPlaces

// one is the top of the 0…1 range of values.
func one() decimal.Decimal { return decimal.NewFromInt(1) }

// Validate reports every problem of m at once in an *egov.ValidationError:
// missing or repeated keys, weights that are not positive or have more than
// four places, rules that lack what they read, stage credits that are
// missing, out of 0…1 or falling for a later stage, bands that leave a gap,
// overlap or leave the scale, a ladder that names unknown indicators or
// dimensions, and more than the package's limits allow. Compile validates
// too; Validate is for reporting without compiling.
func (m Model) Validate() error {
	var ps egov.ProblemList
	m.validate(&ps)
	return ps.Err("model")
}

func (m Model) validate(ps *egov.ProblemList) {
	if m.ID == "" {
		ps.Add("id", "", "missing model ID")
	} else if !egov.IsKey(m.ID) {
		ps.Add("id", m.ID, "model ID %q is not lower-case ASCII words joined by hyphens", m.ID)
	}
	if strings.TrimSpace(m.Version) == "" {
		ps.Add("version", m.Version, "missing version")
	}
	scaleOK := checkNumber(ps, "scale.min", m.Scale.Min, MaxValuePlaces) && checkNumber(ps, "scale.max", m.Scale.Max, MaxValuePlaces)
	if scaleOK {
		switch {
		case m.Scale.Min.Sign() < 0:
			ps.Add("scale.min", fmtDec(m.Scale.Min), "scale minimum %s is negative", fmtDec(m.Scale.Min))
			scaleOK = false
		case !m.Scale.Min.LessThan(m.Scale.Max):
			ps.Add("scale", fmtDec(m.Scale.Max), "scale maximum %s is not above its minimum %s", fmtDec(m.Scale.Max), fmtDec(m.Scale.Min))
			scaleOK = false
		case m.Scale.Max.GreaterThan(decimal.NewFromInt(maxScale)):
			ps.Add("scale.max", fmtDec(m.Scale.Max), "scale maximum %s is above %d", fmtDec(m.Scale.Max), maxScale)
			scaleOK = false
		}
	}

	if len(m.Dimensions) == 0 {
		ps.Add("dimensions", "", "a model needs at least one dimension")
	}
	if len(m.Dimensions) > MaxDimensions {
		ps.Append(egov.LimitProblem("dimensions", "dimensions", MaxDimensions, int64(len(m.Dimensions))))
		return
	}
	var size treeSize
	for i, d := range m.Dimensions {
		size.count(ps, index("dimensions", i), d.Indicators, d.Groups, 1)
	}
	if size.deep || size.indicators > MaxIndicators || size.groups > MaxGroups {
		if size.indicators > MaxIndicators {
			ps.Append(egov.LimitProblem("dimensions", "indicators", MaxIndicators, int64(size.indicators)))
		}
		if size.groups > MaxGroups {
			ps.Append(egov.LimitProblem("dimensions", "groups", MaxGroups, int64(size.groups)))
		}
		return
	}
	dims := map[string]int{}
	groups := map[string]string{} // group and dimension key → its path
	inds := map[string]string{}   // indicator key → its path
	for i, d := range m.Dimensions {
		path := index("dimensions", i)
		checkKey(ps, path+".key", d.Key, dims, i, "dimensions")
		if d.Key != "" && groups[d.Key] == "" {
			groups[d.Key] = path
		}
		checkWeight(ps, path+".weight", d.Weight)
		if len(d.Indicators) == 0 && len(d.Groups) == 0 {
			ps.Add(path+".indicators", "", "dimension %q has no indicators", d.Key)
		}
		checkRules(ps, path, d.Unknown, d.Empty)
		validateIndicators(ps, path, d.Indicators, inds)
		validateGroups(ps, path, d.Groups, groups, inds)
	}

	if len(m.Bands) == 0 {
		ps.Add("bands", "", "a model needs at least one band")
	}
	if len(m.Bands) > MaxBands {
		ps.Append(egov.LimitProblem("bands", "bands", MaxBands, int64(len(m.Bands))))
	} else {
		m.validateBands(ps, scaleOK)
	}

	if len(m.Levels) > MaxLevels {
		ps.Append(egov.LimitProblem("levels", "levels", MaxLevels, int64(len(m.Levels))))
	} else {
		levels := map[string]int{}
		for i, l := range m.Levels {
			path := index("levels", i)
			checkKey(ps, path+".key", l.Key, levels, i, "levels")
			if len(l.Requires) == 0 {
				ps.Add(path+".requires", "", "level %q has no requirements", l.Key)
			}
			for j, r := range l.Requires {
				rpath := index(path+".requires", j)
				switch {
				case (r.Indicator == "") == (r.Dimension == ""):
					ps.Add(rpath, "", "a requirement names exactly one indicator or dimension")
				case r.Indicator != "" && inds[r.Indicator] == "":
					ps.Add(rpath+".indicator", r.Indicator, "unknown indicator %q", r.Indicator)
				case r.Dimension != "":
					if _, ok := dims[r.Dimension]; !ok {
						ps.Add(rpath+".dimension", r.Dimension, "unknown dimension %q", r.Dimension)
					}
				}
				checkUnit(ps, rpath+".at_least", r.AtLeast)
			}
		}
	}

	if m.Unknown >= numPolicies {
		ps.Add("unknown", m.Unknown.String(), "unknown policy %s out of range", m.Unknown)
	}
	if m.Rounding.Places < 0 || m.Rounding.Places > MaxPlaces {
		ps.Add("rounding.places", strconv.Itoa(int(m.Rounding.Places)), "places %d outside 0…%d", m.Rounding.Places, MaxPlaces)
	}
	if m.Rounding.Mode >= numModes {
		ps.Add("rounding.mode", m.Rounding.Mode.String(), "rounding mode %s out of range", m.Rounding.Mode)
	}
}

// treeSize counts a model's indicators and groups, and notes groups
// nested deeper than MaxDepth (each reported once, at the first group too
// deep), before anything else of the tree is checked, so that a hostile
// model is refused without walking it.
type treeSize struct {
	indicators, groups int
	deep               bool
}

func (s *treeSize) count(ps *egov.ProblemList, path string, inds []Indicator, groups []Group, depth int) {
	s.indicators += len(inds)
	s.groups += len(groups)
	if s.indicators > MaxIndicators || s.groups > MaxGroups {
		return
	}
	for k, g := range groups {
		gpath := index(path+".groups", k)
		if depth+1 > MaxDepth {
			ps.Append(egov.LimitProblem(gpath, "levels of groups", MaxDepth, int64(depth+1)))
			s.deep = true
			return
		}
		s.count(ps, gpath, g.Indicators, g.Groups, depth+1)
	}
}

// checkRules reports a dimension's or a group's rules for unknown values
// and for being empty when they are out of range.
func checkRules(ps *egov.ProblemList, path string, u GroupUnknown, e EmptyPolicy) {
	if u >= numGroupUnknown {
		ps.Add(path+".unknown", u.String(), "unknown rule %s out of range", u)
	}
	if e >= numEmptyPolicies {
		ps.Add(path+".empty", e.String(), "empty policy %s out of range", e)
	}
}

func validateIndicators(ps *egov.ProblemList, path string, list []Indicator, inds map[string]string) {
	for j, ind := range list {
		ipath := index(path+".indicators", j)
		switch {
		case ind.Key == "":
			ps.Add(ipath+".key", "", "missing key")
		case !egov.IsKey(ind.Key):
			ps.Add(ipath+".key", ind.Key, "key %q is not lower-case ASCII words joined by hyphens", ind.Key)
		case inds[ind.Key] != "":
			ps.Add(ipath+".key", ind.Key, "duplicate indicator key %q, first at %s", ind.Key, inds[ind.Key])
		default:
			inds[ind.Key] = ipath
		}
		checkWeight(ps, ipath+".weight", ind.Weight)
		ind.Rule.validate(ps, ipath+".rule")
	}
}

// validateGroups checks groups at any depth: keys unique across the
// model's dimensions and groups, weights, rules, and at least one child.
func validateGroups(ps *egov.ProblemList, path string, list []Group, groups, inds map[string]string) {
	for k, g := range list {
		gpath := index(path+".groups", k)
		switch {
		case g.Key == "":
			ps.Add(gpath+".key", "", "missing key")
		case !egov.IsKey(g.Key):
			ps.Add(gpath+".key", g.Key, "key %q is not lower-case ASCII words joined by hyphens", g.Key)
		case groups[g.Key] != "":
			ps.Add(gpath+".key", g.Key, "duplicate group key %q, first at %s", g.Key, groups[g.Key])
		default:
			groups[g.Key] = gpath
		}
		checkWeight(ps, gpath+".weight", g.Weight)
		checkRules(ps, gpath, g.Unknown, g.Empty)
		if len(g.Indicators) == 0 && len(g.Groups) == 0 {
			ps.Add(gpath+".indicators", "", "group %q has no indicators and no groups", g.Key)
		}
		validateIndicators(ps, gpath, g.Indicators, inds)
		validateGroups(ps, gpath, g.Groups, groups, inds)
	}
}

func (m Model) validateBands(ps *egov.ProblemList, scaleOK bool) {
	keys := map[string]int{}
	for i, b := range m.Bands {
		path := index("bands", i)
		checkKey(ps, path+".key", b.Key, keys, i, "bands")
		okFrom := checkNumber(ps, path+".from", b.From, MaxValuePlaces)
		okTo := checkNumber(ps, path+".to", b.To, MaxValuePlaces)
		if !okFrom || !okTo || !scaleOK {
			continue
		}
		if !b.From.LessThan(b.To) {
			ps.Add(path, fmtDec(b.To), "band %q ends at %s, not above its start %s", b.Key, fmtDec(b.To), fmtDec(b.From))
		}
		if i == 0 && b.From.Cmp(m.Scale.Min) != 0 {
			ps.Add(path+".from", fmtDec(b.From), "the first band starts at %s, not at the scale minimum %s", fmtDec(b.From), fmtDec(m.Scale.Min))
		}
		if i > 0 {
			prev := m.Bands[i-1].To
			switch c := b.From.Cmp(prev); {
			case c > 0:
				ps.Add(path+".from", fmtDec(b.From), "gap between %s and %s: no band covers it", fmtDec(prev), fmtDec(b.From))
			case c < 0:
				ps.Add(path+".from", fmtDec(b.From), "band %q starts at %s, overlapping the band before, which ends at %s", b.Key, fmtDec(b.From), fmtDec(prev))
			}
		}
		if i == len(m.Bands)-1 && b.To.Cmp(m.Scale.Max) != 0 {
			ps.Add(path+".to", fmtDec(b.To), "the last band ends at %s, not at the scale maximum %s", fmtDec(b.To), fmtDec(m.Scale.Max))
		}
	}
}

func (r Rule) validate(ps *egov.ProblemList, path string) {
	switch r.Kind {
	case RuleGiven:
	case RuleStage:
		if r.Service == "" {
			ps.Add(path+".service", "", "a stage rule needs a service")
		}
		r.validateCredits(ps, path)
	case RuleYesNo:
		if r.Service == "" {
			ps.Add(path+".service", "", "a yes-no rule needs a service")
		}
		if !r.MinStage.IsKnown() {
			ps.Add(path+".min_stage", r.MinStage.String(), "a yes-no rule needs a known minimum stage, not %s", r.MinStage)
		}
	case RuleRatio:
		checkMeasure(ps, path+".numerator", r.Numerator)
		checkMeasure(ps, path+".denominator", r.Denominator)
		if r.Numerator != "" && r.Numerator == r.Denominator {
			ps.Add(path+".denominator", string(r.Denominator), "a ratio of %s to itself", r.Denominator)
		}
	case RuleCount:
		checkMeasure(ps, path+".measure", r.Measure)
		if checkNumber(ps, path+".target", r.Target, MaxValuePlaces) && r.Target.Sign() <= 0 {
			ps.Add(path+".target", fmtDec(r.Target), "target %s is not positive", fmtDec(r.Target))
		}
	default:
		ps.Add(path+".kind", r.Kind.String(), "rule kind %s out of range", r.Kind)
	}
}

func (r Rule) validateCredits(ps *egov.ProblemList, path string) {
	seen := map[egov.AdoptionStage]int{}
	for i, c := range r.Credits {
		cpath := index(path+".credits", i)
		if !c.Stage.IsKnown() {
			ps.Add(cpath+".stage", c.Stage.String(), "credit for stage %s: only known stages earn credit", c.Stage)
			continue
		}
		if j, dup := seen[c.Stage]; dup {
			ps.Add(cpath+".stage", c.Stage.String(), "stage %s already credited at credits[%d]", c.Stage, j)
			continue
		}
		seen[c.Stage] = i
		checkUnit(ps, cpath+".credit", c.Credit)
	}
	var prev *StageCredit
	for s := egov.StageNotStarted; s <= egov.StageFullyInUse; s++ {
		i, ok := seen[s]
		if !ok {
			ps.Add(path+".credits", s.String(), "no credit for stage %s", s)
			continue
		}
		c := r.Credits[i]
		if prev != nil && c.Credit.LessThan(prev.Credit) {
			ps.Add(index(path+".credits", i)+".credit", fmtDec(c.Credit),
				"credit %s for %s is below the %s for the earlier stage %s", fmtDec(c.Credit), s, fmtDec(prev.Credit), prev.Stage)
		}
		prev = &c
	}
}

func checkKey(ps *egov.ProblemList, path, key string, seen map[string]int, i int, list string) {
	switch {
	case key == "":
		ps.Add(path, "", "missing key")
	case !egov.IsKey(key):
		ps.Add(path, key, "key %q is not lower-case ASCII words joined by hyphens", key)
	default:
		if j, dup := seen[key]; dup {
			ps.Add(path, key, "duplicate key %q, first at %s[%d]", key, list, j)
			return
		}
		seen[key] = i
	}
}

func checkMeasure(ps *egov.ProblemList, path string, m egov.Measure) {
	switch {
	case m == "":
		ps.Add(path, "", "missing measure")
	case !m.IsDefined():
		ps.Add(path, string(m), "unknown measure %q", m)
	}
}

// checkNumber reports a number with too many digits or places; it returns
// whether the number is usable.
func checkNumber(ps *egov.ProblemList, path string, d decimal.Decimal, maxPlaces int32) bool {
	if err := exact.CheckDecimal(d); err != nil {
		ps.Add(path, "", "%v", err)
		return false
	}
	if p := exact.Places(d); p > maxPlaces {
		ps.Add(path, fmtDec(d), "%s has %d decimal places, more than %d", fmtDec(d), p, maxPlaces)
		return false
	}
	return true
}

func checkWeight(ps *egov.ProblemList, path string, w decimal.Decimal) {
	if !checkNumber(ps, path, w, MaxWeightPlaces) {
		return
	}
	switch {
	case w.Sign() <= 0:
		ps.Add(path, fmtDec(w), "weight %s is not positive", fmtDec(w))
	case w.GreaterThan(decimal.NewFromInt(maxWeight)):
		ps.Add(path, fmtDec(w), "weight %s is above %d", fmtDec(w), maxWeight)
	}
}

// checkUnit reports a number outside 0…1 or with more than six places.
func checkUnit(ps *egov.ProblemList, path string, d decimal.Decimal) {
	if !checkNumber(ps, path, d, MaxValuePlaces) {
		return
	}
	if d.Sign() < 0 || d.GreaterThan(one()) {
		ps.Add(path, fmtDec(d), "%s is outside 0…1", fmtDec(d))
	}
}

func fmtDec(d decimal.Decimal) string { return exact.FormatDecimal(d) }

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }
