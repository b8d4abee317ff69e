package plan

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/maturity"
)

// Words writes the sentences of plans in one language: why a step is in a
// plan, why a priority is not served, why a step does not fit, what moved
// back, what changed between two plans. Its methods never fail and never
// return "" for a value that says something.
//
// A sentence points at steps, indicators and services. Words names them by
// the names it holds, quoted as the language quotes (“…” in English, „…“
// in Serbian), and by their keys where it holds none; Plan.Words and
// Portfolio.Words fill the names from a plan, its model and its catalogue.
// English writes stages, goals and outcomes by their keys, as the String
// methods always have; Serbian by their names (egov.AdoptionStage.Label,
// egov.GoalKind.Label, Outcome.Label). Numbers and dates are written as
// the language writes them (egov.Language.FormatDecimal, FormatDate),
// except in English, whose sentences keep the plain decimals and ISO dates
// of the String methods; ranks and finding numbers, which count items
// rather than amounts, are written as plain digits in every language.
//
// The zero Words writes English with keys: exactly what the String methods
// write, which call it.
type Words struct {
	Language egov.Language
	// Steps names steps by action key (or, for a step without one, by its
	// ID as a string).
	Steps map[string]string
	// Indicators names a maturity model's indicators by key.
	Indicators map[string]string
	// Services names services by key.
	Services map[egov.ServiceKey]string
}

// Words returns the words of language l for the plan's sentences, naming
// its steps by their labels (Step.Label), the indicators of model m by
// theirs (maturity.Indicator.Label) and the services of catalogue cat by
// theirs (egov.Text.In); m and cat may be nil, and the plan too, leaving
// those keys as they are.
func (p *Plan) Words(l egov.Language, m *maturity.Compiled, cat *egov.Catalog) Words {
	w := Words{Language: l}
	if p != nil {
		w.addSteps(p)
	}
	w.addModel(m)
	w.addCatalog(cat)
	return w
}

// Words returns the words of language l for the sentences of the
// portfolio's plans and assignments, as Plan.Words does for one plan.
func (p *Portfolio) Words(l egov.Language, m *maturity.Compiled, cat *egov.Catalog) Words {
	w := Words{Language: l}
	if p != nil {
		for _, q := range p.Plans {
			if q != nil {
				w.addSteps(q)
			}
		}
	}
	w.addModel(m)
	w.addCatalog(cat)
	return w
}

func (w *Words) addSteps(p *Plan) {
	for _, list := range [][]Step{p.Steps, p.Deferred} {
		for i := range list {
			s := &list[i]
			key := stepName(s)
			if names(s.Name, s.NameCyrillic, s.NameLatin).IsZero() || key == "" {
				continue
			}
			if w.Steps == nil {
				w.Steps = map[string]string{}
			}
			w.Steps[key] = s.Label(w.Language)
		}
	}
}

func (w *Words) addModel(m *maturity.Compiled) {
	if m == nil {
		return
	}
	for _, d := range m.Model().Dimensions {
		for _, ind := range d.AllIndicators() {
			if name := ind.Label(w.Language); name != ind.Key {
				if w.Indicators == nil {
					w.Indicators = map[string]string{}
				}
				w.Indicators[ind.Key] = name
			}
		}
	}
}

func (w *Words) addCatalog(cat *egov.Catalog) {
	for _, s := range cat.Services() {
		if name := s.Name.In(w.Language); name != "" {
			if w.Services == nil {
				w.Services = map[egov.ServiceKey]string{}
			}
			w.Services[s.Key] = name
		}
	}
}

// serbian reports whether w writes Serbian, in either script.
func (w Words) serbian() bool {
	return w.Language == egov.SerbianLatin || w.Language == egov.SerbianCyrillic
}

// pick returns the English or the Serbian (written in Cyrillic, and
// transliterated for Latin) as w's language asks.
func (w Words) pick(en, sr string) string {
	return phrase{en, sr}.in(w.Language)
}

// quote quotes a name as w's language does.
func (w Words) quote(name string) string {
	if w.serbian() {
		return "„" + name + "“"
	}
	return "“" + name + "”"
}

// named returns the quoted name of key from names, or the key.
func named[K ~string](w Words, names map[K]string, key K) string {
	if n := names[key]; n != "" {
		return w.quote(n)
	}
	return string(key)
}

// step names a step by key; a reason that names none says "a step".
func (w Words) step(key string) string {
	if key == "" {
		return w.pick("a step", "један корак")
	}
	return named(w, w.Steps, key)
}

func (w Words) indicator(key string) string        { return named(w, w.Indicators, key) }
func (w Words) service(key egov.ServiceKey) string { return named(w, w.Services, key) }

// stage, goal, outcome and measure write an enum's value inside a
// sentence: its key in English, its name in Serbian.
func (w Words) stage(s egov.AdoptionStage) string { return w.enum(s.String(), s.Label(w.Language)) }
func (w Words) goal(g egov.GoalKind) string       { return w.enum(g.String(), g.Label(w.Language)) }
func (w Words) outcome(o Outcome) string          { return w.enum(o.String(), o.Label(w.Language)) }
func (w Words) measure(m egov.Measure) string     { return w.enum(string(m), m.Label(w.Language)) }

func (w Words) enum(key, label string) string {
	if w.serbian() {
		return lowerFirst(label)
	}
	return key
}

// date writes a date: ISO in English, as the String methods do; "1. 12.
// 2025." in Serbian.
func (w Words) date(d egov.Date) string {
	if w.serbian() {
		return w.Language.FormatDate(d)
	}
	return d.String()
}

// plain writes an amount with the places it needs ("1.5", "1,5"); written
// writes a figure with the places its exponent gives it ("35.00",
// "35,00").
func (w Words) plain(d decimal.Decimal) string {
	if w.serbian() && exact.CheckDecimal(d) == nil {
		return w.Language.FormatDecimal(d, exact.Places(d))
	}
	return exact.FormatDecimal(d)
}

func (w Words) written(d decimal.Decimal) string {
	if w.serbian() && exact.CheckDecimal(d) == nil {
		return w.Language.FormatDecimal(d, max(-d.Exponent(), 0))
	}
	return asWritten(d)
}

// weeks writes a number of weeks: "26 weeks", "26 седмица".
func (w Words) weeks(n int) string {
	if w.serbian() {
		return egov.WeekNoun().Count(w.Language, int64(n))
	}
	return weeksText(n)
}

// lowerFirst lowers the first letter of a name used inside a sentence
// ("Није започето" → "није започето"), unless the second is a capital too
// (ЦЕОП) or the name starts with a lower-case brand (eID).
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// Reason writes one reason: "agreed priority 2 (introduce)", "договорени
// приоритет 2 (увођење услуге)"; see Reason.String for the English.
func (w Words) Reason(r Reason) string {
	switch r.Kind {
	case ReasonUnspecified:
		return w.pick("no reason given", "разлог није наведен")
	case ReasonPriority:
		text := w.pick("an agreed priority", "један од договорених приоритета")
		if r.PriorityRank > 0 {
			text = w.pick("agreed priority ", "договорени приоритет ") + strconv.Itoa(r.PriorityRank)
		}
		if r.Goal.IsValid() {
			text += " (" + w.goal(r.Goal) + ")"
		}
		return text
	case ReasonFinding:
		if r.FindingIndex < 0 {
			return w.pick("a finding of the visit", "један од налаза са посете")
		}
		// Counted from 1 in uint64, so that the largest index does not wrap.
		n := strconv.FormatUint(uint64(r.FindingIndex)+1, 10)
		return w.pick("finding ", "налаз ") + n + w.pick(" of the visit", " са посете")
	case ReasonIndicatorGap:
		if r.Indicator == "" {
			return w.pick("a gap in an indicator of the model", "јаз у једном од показатеља модела")
		}
		return w.pick("gap in indicator ", "јаз у показатељу ") + w.indicator(r.Indicator)
	case ReasonPrerequisite:
		switch {
		case r.StepAction != "":
			return w.pick("needed before ", "потребно пре корака ") + w.step(r.StepAction)
		case !r.Step.IsZero():
			return w.pick("needed before step ", "потребно пре корака ") + w.step(r.Step.String())
		}
		return w.pick("needed before another step", "потребно пре другог корака")
	}
	return r.Kind.String()
}

// Rationale writes a rationale: its reasons joined by "; ", "" for none.
func (w Words) Rationale(r Rationale) string {
	parts := make([]string, len(r.Reasons))
	for i, reason := range r.Reasons {
		parts[i] = w.Reason(reason)
	}
	return strings.Join(parts, "; ")
}

// Regression writes a service that moved back: "ddc moved back from
// piloting to not-started", "услуга ddc враћена је из фазе „пробна
// употреба“ у фазу „није започето“"; "no regression" for the zero
// Regression.
func (w Words) Regression(r Regression) string {
	if r.Service == "" {
		return w.pick("no regression", "нема назадовања")
	}
	if !w.serbian() {
		return w.service(r.Service) + " moved back from " + r.Was.String() + " to " + r.Now.String()
	}
	return w.pick("", "услуга ") + w.service(r.Service) + w.pick("", " враћена је из фазе ") + w.quote(w.stage(r.Was)) +
		w.pick("", " у фазу ") + w.quote(w.stage(r.Now))
}

// Assumption writes what earlier plans assumed: "ddc taken as
// not-started: its stage is not recorded"; "no assumption" for the zero
// Assumption.
func (w Words) Assumption(a Assumption) string {
	switch {
	case a.Service != "" && a.Stage.IsKnown():
		if !w.serbian() {
			return w.service(a.Service) + " taken as " + a.Stage.String() + ": its stage is not recorded"
		}
		return w.pick("", "за услугу ") + w.service(a.Service) + w.pick("", " узета је фаза ") + w.quote(w.stage(a.Stage)) +
			w.pick("", ": фаза није забележена")
	case a.Service != "":
		return w.pick("no stage assumed for ", "није претпостављена фаза услуге ") + w.service(a.Service)
	case a.Measure != "":
		if !w.serbian() {
			return string(a.Measure) + " taken as " + exact.FormatDecimal(a.Value) + ": its value is not recorded"
		}
		return w.pick("", "за ") + w.quote(w.measure(a.Measure)) + w.pick("", " узета је вредност ") +
			w.plain(a.Value) + w.pick("", ": вредност није забележена")
	}
	return w.pick("no assumption", "нема претпоставке")
}

// PriorityReason writes why an agreed priority has its outcome, from the
// reason kept as data (PriorityStatus.Why); a status without one has its
// text (PriorityStatus.Reason) written as it is, and a served one "".
func (w Words) PriorityReason(st PriorityStatus) string {
	r := st.Why
	switch r.Kind {
	case PriorityNoAction:
		if r.Service != "" {
			if !w.serbian() {
				return "the playbook has no action to " + r.Goal.String() + " " + w.service(r.Service)
			}
			return w.pick("", "приручник нема активност за циљ ") + w.quote(w.goal(r.Goal)) +
				w.pick("", " за услугу ") + w.service(r.Service)
		}
		return w.pick("the playbook has no action for the goal ", "приручник нема активност за циљ ") + w.goalQuoted(r.Goal)
	case PriorityAlreadyShown:
		items := make([]string, len(r.Shown))
		for i, f := range r.Shown {
			items[i] = w.shown(f)
		}
		return w.pick("the profile already shows ", "профил већ бележи ") + strings.Join(items, w.pick(" and ", " и "))
	case PriorityStepsDone:
		return w.pick("every step that served it is done", "сви кораци који су му служили су завршени")
	case PriorityBeyondHorizon:
		if !w.serbian() {
			return w.step(r.Step) + " (or a step it needs) does not fit in the " + strconv.Itoa(r.Weeks) + "-week horizon"
		}
		return w.step(r.Step) + w.pick("", " (или корак који му је потребан) не стаје у период плана (") +
			w.weeks(r.Weeks) + ")"
	case PriorityBeyondPortfolio:
		return w.step(r.Step) + w.pick(" does not fit in the portfolio: it ", " не стаје у портфолио: ") + w.Unfit(r.Unfit)
	case PriorityReasonUnspecified:
	}
	return st.Reason
}

// goalQuoted writes a goal: its key in English, its quoted name in Serbian.
func (w Words) goalQuoted(g egov.GoalKind) string {
	if w.serbian() {
		return w.quote(w.goal(g))
	}
	return g.String()
}

// shown writes a fact of a profile, as the object of "the profile already
// shows": "pisarnica partly-in-use", "staff-trained 5", "услугу pisarnica
// у фази „делимично у употреби“", "вредност 5 за „обучени запослени“".
func (w Words) shown(f Shown) string {
	if f.Measure != "" && f.Service == "" {
		if !w.serbian() {
			return string(f.Measure) + " " + exact.FormatDecimal(f.Value)
		}
		return w.pick("", "вредност ") + w.plain(f.Value) + w.pick("", " за ") + w.quote(w.measure(f.Measure))
	}
	if !w.serbian() {
		return w.service(f.Service) + " " + f.Stage.String()
	}
	return w.pick("", "услугу ") + w.service(f.Service) + w.pick("", " у фази ") + w.quote(w.stage(f.Stage))
}

// Unfit writes why a step does not fit in a portfolio, as a predicate of
// the step: "cannot end by 2026-07-26, the end of the portfolio's 26
// weeks, on the programme team's capacity left"; "" for the zero Unfit.
func (w Words) Unfit(u Unfit) string {
	if u.IsZero() {
		return ""
	}
	why := w.unfitOwn(u)
	switch {
	case u.Needs == "":
		return why
	case u.Root == "" || u.Root == u.Needs:
		return w.pick("needs ", "потребан му је корак ") + w.step(u.Needs) + w.pick(", which ", ", који ") + why
	}
	return w.pick("needs ", "потребан му је корак ") + w.step(u.Needs) +
		w.pick(", which does not fit: ", ", који не стаје у портфолио: ") + w.step(u.Root) + " " + why
}

// unfitOwn writes why a step does not fit on its own account.
func (w Words) unfitOwn(u Unfit) string {
	by := w.date(u.By)
	var period, whose string
	switch {
	case u.OfPlan:
		period = w.pick("the end of its plan's ", "краја његовог плана (") + w.weeks(u.Weeks)
	default:
		period = w.pick("the end of the portfolio's ", "краја портфолија (") + w.weeks(u.Weeks)
	}
	if w.serbian() {
		period += ")"
	}
	switch u.Owner {
	case OwnerTeam:
		whose = w.pick("programme team's", "тима програма")
	case OwnerMunicipality:
		whose = w.pick("municipality's", "локалне самоуправе")
	default: // the partners, and an owner not given
		whose = w.pick("partners'", "партнера")
	}
	switch u.Kind {
	case UnfitCannotEnd:
		if w.serbian() {
			return w.pick("", "не може да се заврши до ") + by + ", " + period + w.pick("", ", са преосталим капацитетом ") + whose
		}
		return "cannot end by " + by + ", " + period + ", on the " + whose + " capacity left"
	case UnfitStartsLate:
		return w.pick("cannot start by ", "не може да почне до ") + by + ", " + period +
			w.pick(": the steps it needs end too late", ": кораци који су му потребни завршавају се прекасно")
	default: // no room, and a kind not given
		if w.serbian() {
			return w.pick("", "нема места у капацитету ") + whose + w.pick("", " да почне до ") + by + ", " + period
		}
		return "finds no room on the " + whose + " capacity to start by " + by + ", " + period
	}
}
