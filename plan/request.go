package plan

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/maturity"
)

// Options shape the schedule of a plan.
type Options struct {
	// Start is the first day of week 1: any day of the week, and every
	// week of the plan runs from that weekday for seven days (a Monday
	// gives calendar weeks, as the example uses). Generate refuses a
	// Start before the visit's date or the profile's.
	Start egov.Date
	// Horizon is the number of weeks the plan may use: steps that cannot
	// end by then are deferred. It is at most MaxHorizon, and its last
	// week must end by 9999-12-31, the last day a date holds.
	Horizon int
	// TeamCapacity is the programme team's capacity in person-days a week
	// (in a portfolio, shared by all municipalities); MunicipalityCapacity
	// the municipality's own. Both must be positive, with at most two places.
	TeamCapacity         decimal.Decimal
	MunicipalityCapacity decimal.Decimal
	// PartnerCapacity is the partners' capacity a week; zero means
	// unlimited.
	PartnerCapacity decimal.Decimal
	// Calendar says which days are working days. The capacities above are
	// for a week of five working days; a week with fewer has capacities in
	// proportion (see the package documentation, "Scheduling"). Nil is
	// Serbia's calendar, egov.SerbianCalendar: weekends and the public
	// holidays of the Law on State and Other Holidays are not working days.
	// Give another calendar, or Serbia's extended with a municipality's own
	// holidays or the team's leave (egov.Calendar.WithHolidays and
	// WithDaysOff), to schedule on it.
	Calendar *egov.Calendar
}

// A Request is everything Generate needs.
type Request struct {
	// Playbook is the compiled playbook; its catalogue is the plan's.
	Playbook *CompiledPlaybook
	// Model measures the plan's figures: the score as recorded, the
	// range, and what each step adds to the range's lower end.
	Model *maturity.Compiled
	// Profile is where the municipality stands now.
	Profile egov.Profile
	// Visit holds the findings and the agreed priorities; it must be a
	// visit to the profile's municipality.
	Visit   egov.Visit
	Options Options
}

// validate checks the options and returns their capacities in hundredths.
func (o Options) validate(ps *egov.ProblemList, path string) (team, municipality, partner int64) {
	if o.Start.IsZero() {
		ps.Add(path+".start", "", "missing start date")
	}
	return o.validateFromStart(ps, path)
}

// validateFromStart checks the options but their start, which the caller
// checks where it comes from.
func (o Options) validateFromStart(ps *egov.ProblemList, path string) (team, municipality, partner int64) {
	switch {
	case o.Horizon > MaxHorizon:
		ps.Append(egov.LimitProblem(path+".horizon", "horizon in weeks", MaxHorizon, int64(o.Horizon)))
	case o.Horizon <= 0:
		ps.Add(path+".horizon", strconv.Itoa(o.Horizon), "horizon %d weeks is not positive", o.Horizon)
	case !o.Start.IsZero():
		// Dates stop at the last day a Date holds: every week past it would
		// end on that day.
		last := egov.MustDate(egov.MaxYear, 12, 31)
		if days := last.DaysSince(o.Start); 7*o.Horizon-1 > days {
			ps.Add(path+".horizon", strconv.Itoa(o.Horizon), "week %d of %d ends after %s, the last day a date can hold",
				(days+1)/7+1, o.Horizon, last)
		}
	}
	team = capacity(ps, path+".team_capacity", o.TeamCapacity, false)
	municipality = capacity(ps, path+".municipality_capacity", o.MunicipalityCapacity, false)
	partner = capacity(ps, path+".partner_capacity", o.PartnerCapacity, true)
	return team, municipality, partner
}

// checkModel checks that a maturity model was given and compiled: the
// zero maturity.Compiled has no ID, as every compiled model has.
func checkModel(ps *egov.ProblemList, path string, m *maturity.Compiled) bool {
	switch {
	case m == nil:
		ps.Add(path, "", "missing maturity model")
	case m.ID() == "":
		ps.Add(path, "", "the maturity model was not compiled (use maturity.Compile)")
	default:
		return true
	}
	return false
}

func capacity(ps *egov.ProblemList, path string, d decimal.Decimal, zeroOK bool) int64 {
	if err := exact.CheckDecimal(d); err != nil {
		ps.Add(path, "", "%v", err)
		return 0
	}
	text := exact.FormatDecimal(d)
	switch {
	case exact.Places(d) > effortPlaces:
		ps.Add(path, text, "capacity %s has more than %d decimal places", text, effortPlaces)
	case d.Sign() < 0 || d.Sign() == 0 && !zeroOK:
		ps.Add(path, text, "capacity %s is not positive", text)
	case d.GreaterThan(decimal.NewFromInt(MaxEffort)):
		ps.Add(path, text, "capacity %s is above %d person-days a week", text, MaxEffort)
	default:
		return exact.Units(d, effortPlaces)
	}
	return 0
}

// validate checks the request and reports every problem at once.
func (r Request) validate() (team, municipality, partner int64, err error) {
	var ps egov.ProblemList
	team, municipality, partner = r.check(&ps, false)
	return team, municipality, partner, ps.Err("plan request")
}

// check adds the request's problems to ps; with decoded set, the profile
// and the visit were checked as they were decoded and are not checked
// again.
func (r Request) check(ps *egov.ProblemList, decoded bool) (team, municipality, partner int64) {
	switch {
	case r.Playbook == nil:
		ps.Add("playbook", "", "missing playbook")
	case r.Playbook.cat == nil:
		ps.Add("playbook", "", "the playbook was not compiled (use CompilePlaybook)")
	}
	if checkModel(ps, "model", r.Model) && r.Playbook != nil {
		// No effect may raise a measure the model divides by.
		divisors := newBasis(r.Model).divisors()
		for _, i := range r.Playbook.measured {
			a := &r.Playbook.pb.Actions[i]
			checkDivisor(ps, index("playbook.actions", i), "action "+a.Key, a.Effect, divisors, r.Model.ID()+" "+r.Model.Version())
		}
	}
	if !decoded {
		var cat *egov.Catalog
		if r.Playbook != nil {
			cat = r.Playbook.cat
		}
		if err := r.Visit.Validate(cat); err != nil {
			ps.AppendErr("visit", err)
		}
		if err := r.Profile.Validate(cat); err != nil {
			ps.AppendErr("profile", err)
		}
	}
	if r.Visit.Municipality != "" && r.Profile.Municipality != "" && r.Visit.Municipality != r.Profile.Municipality {
		ps.Add("visit.municipality", r.Visit.Municipality,
			"visit to %q, but the profile is of %q", r.Visit.Municipality, r.Profile.Municipality)
	}
	team, municipality, partner = r.Options.validate(ps, "options")
	checkStart(ps, r)
	return team, municipality, partner
}

// checkStart refuses a plan that starts before what it is made from is
// known: before the visit that agreed its priorities, or before the date of
// the profile its figures start from. Each problem names both dates.
func checkStart(ps *egov.ProblemList, r Request) {
	start := r.Options.Start
	if start.IsZero() {
		return
	}
	if v := r.Visit.Date; !v.IsZero() && start.Before(v) {
		ps.Add("options.start", start.String(), "the plan starts on %s, before the visit of %s (visit.date) that agreed its priorities", start, v)
	}
	if d := r.Profile.Date; !d.IsZero() && start.Before(d) {
		ps.Add("options.start", start.String(), "the plan starts on %s, before the date of the profile it starts from, %s (profile.date)", start, d)
	}
}
