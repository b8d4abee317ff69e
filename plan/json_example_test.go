package plan_test

import (
	"fmt"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// A complete egovkit.playbook/1 document. Its fields and their JSON types:
//
//	format            string, always "egovkit.playbook/1"
//	id                string: lower-case ASCII words joined by hyphens
//	version           string
//	name              string, optional: the playbook's name in English
//	name_sr_cyrl      string, optional: its name in Serbian Cyrillic
//	name_sr_latn      string, optional: in Serbian Latin, when it is not
//	                  the Cyrillic transliterated (see Playbook.Label)
//	actions           array of objects:
//	  key             string: lower-case ASCII words joined by hyphens,
//	                  unique in the playbook
//	  name            string, optional; and name_sr_cyrl, name_sr_latn, as
//	                  the playbook's
//	  service         string: a service key of the catalogue; or, for an
//	                  action that works on no one service,
//	  goals           array of strings: the goals it serves (train,
//	                  promote, improve-communication, expand-services, …)
//	  kind            string: materials, training, technical-support or
//	                  promotion
//	  audience        string, training only: staff,
//	                  eid-registration-officers or managers
//	  owner           string: programme-team, municipality or partner
//	  effort          string: person-days, a decimal with at most two
//	                  places ("3.5"), never a JSON number
//	  prerequisites   array of strings, optional: keys of actions that
//	                  must end first
//	  effect          object, optional: what the action changes in a
//	                  profile once done
//	    stage         string, optional: the stage its service reaches at
//	                  least (not-started … fully-in-use)
//	    measure       string, optional: a measure it raises (see
//	                  egov.Measures), with one of
//	    at_least      string: the value it reaches at least, a decimal;
//	    share_of_whole string: the share of the measure's whole it reaches
//	                  at least, more than 0 and at most 1
//	  needed_below    string, optional: the stage of its service from
//	                  which it is no longer needed
func ExampleDecodePlaybook() {
	pb, err := plan.DecodePlaybook([]byte(`{
		"format": "egovkit.playbook/1",
		"id": "pisarnica-first",
		"version": "2026.1",
		"name": "Pisarnica first",
		"name_sr_cyrl": "Прво Писарница",
		"actions": [
			{
				"key": "pisarnica-training",
				"name": "Training of staff in Pisarnica",
				"name_sr_cyrl": "Писарница: обука запослених",
				"service": "pisarnica",
				"kind": "training",
				"audience": "staff",
				"owner": "programme-team",
				"effort": "2",
				"effect": {"measure": "staff-trained", "share_of_whole": "0.1"},
				"needed_below": "partly-in-use"
			},
			{
				"key": "pisarnica-onboarding",
				"name": "Onboarding of Pisarnica",
				"name_sr_cyrl": "Писарница: увођење",
				"name_sr_latn": "Pisarnica: uvođenje u rad",
				"service": "pisarnica",
				"kind": "technical-support",
				"owner": "programme-team",
				"effort": "3.5",
				"prerequisites": ["pisarnica-training"],
				"effect": {"stage": "partly-in-use"}
			},
			{
				"key": "officer-training",
				"name": "Training of eID registration officers",
				"goals": ["train"],
				"kind": "training",
				"audience": "eid-registration-officers",
				"owner": "partner",
				"effort": "1.5",
				"effect": {"measure": "eid-registration-officers", "at_least": "2"}
			}
		]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := plan.CompilePlaybook(pb, egov.SerbianCatalog()); err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range egov.Languages() {
		fmt.Printf("%s: %s", l, pb.Label(l))
		for _, a := range pb.Actions {
			fmt.Printf(" | %s", a.Label(l))
		}
		fmt.Println()
	}

	// A number where a string is wanted is refused, with the field's path.
	_, err = plan.DecodePlaybook([]byte(`{"format": "egovkit.playbook/1", "id": "p", "version": "1",
		"actions": [{"key": "a", "service": "pisarnica", "kind": "training", "owner": "programme-team", "effort": 2}]}`))
	fmt.Println(err)
	// Output:
	// en: Pisarnica first | Training of staff in Pisarnica | Onboarding of Pisarnica | Training of eID registration officers
	// sr-Latn: Prvo Pisarnica | Pisarnica: obuka zaposlenih | Pisarnica: uvođenje u rad | Training of eID registration officers
	// sr-Cyrl: Прво Писарница | Писарница: обука запослених | Писарница: увођење | Training of eID registration officers
	// invalid playbook: actions[0].effort: want a string, got a number
}

// A complete egovkit.plan-request/1 document: what Generate needs besides
// the playbook and the model. Its fields and their JSON types:
//
//	format                   string, always "egovkit.plan-request/1"
//	profile                  object: an egovkit.profile/1 document (see
//	                         egov.DecodeProfile); its measures are
//	                         strings ("staff": "30"), never numbers
//	visit                    object: an egovkit.visit/1 document (see
//	                         egov.DecodeVisit)
//	options                  object:
//	  start                  string: the plan's first day, "YYYY-MM-DD",
//	                         not before the visit or the profile
//	  horizon                number: weeks, a whole number from 1
//	  team_capacity          string: the programme team's person-days a
//	                         week, a decimal with at most two places
//	  municipality_capacity  string: the municipality's, likewise
//	  partner_capacity       string, optional: the partners'; "0" or left
//	                         out for no limit
//	  calendar               object, optional: the working calendar, when
//	                         not Serbia's (weekends are never working days)
//	    law                  string: "serbia" to hold the holidays of
//	                         Serbia's Law on State and Other Holidays,
//	                         "none" for none
//	    holidays             array of objects, optional: holidays each
//	                         year, each with
//	      name               object: en and sr_latn required, sr_cyrl
//	                         optional
//	      month, day         numbers: a fixed date; or
//	      from_easter        boolean, and offset, a number: days from
//	                         Orthodox Easter Sunday
//	    days_off             array of objects, optional: dates off, such
//	                         as the team's leave, each with
//	      first, last        strings: "YYYY-MM-DD"
//	      name               object, as a holiday's
func ExampleDecodeRequest() {
	book, _ := plan.CompileDefaultPlaybook()
	req, err := plan.DecodeRequest([]byte(`{
		"format": "egovkit.plan-request/1",
		"profile": {
			"format": "egovkit.profile/1",
			"municipality": "cacak",
			"date": "2025-11-20",
			"stages": {"pisarnica": "partly-in-use", "epecat": "planned"},
			"measures": {"staff": "30", "staff-trained": "7"}
		},
		"visit": {
			"format": "egovkit.visit/1",
			"municipality": "cacak",
			"date": "2025-11-20",
			"priorities": [{"rank": 1, "goal": "adopt-fully", "service": "pisarnica"}]
		},
		"options": {
			"start": "2025-12-01",
			"horizon": 12,
			"team_capacity": "2.5",
			"municipality_capacity": "2",
			"partner_capacity": "0",
			"calendar": {
				"law": "serbia",
				"holidays": [
					{"name": {"en": "City Day", "sr_latn": "Dan grada", "sr_cyrl": "Дан града"}, "month": 3, "day": 25},
					{"name": {"en": "Day after Easter week", "sr_latn": "Dan posle uskršnje sedmice"},
					 "from_easter": true, "offset": 8}
				],
				"days_off": [
					{"first": "2025-12-29", "last": "2025-12-31",
					 "name": {"en": "Team leave", "sr_latn": "Godišnji odmor tima"}}
				]
			}
		}
	}`), book, maturity.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := plan.Generate(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	sr := egov.SerbianLatin
	staff, _ := req.Profile.Measure(egov.MeasureStaff)
	fmt.Println(req.Profile.Municipality, staff, req.Visit.Priorities[0].Goal.Label(sr), req.Options.TeamCapacity)
	fmt.Println(len(p.Steps), "steps, from", sr.FormatDate(p.Steps[0].Start))
	cal := req.Options.Calendar
	fmt.Println(cal.HasSerbianLaw(), len(cal.AnnualHolidays()), cal.DaysOff()[0].Name.In(sr))
	for _, l := range p.Load {
		if len(l.Holidays) > 0 && l.Owner == plan.OwnerTeam {
			fmt.Printf("week %d: %d working days; %s\n", l.Week, l.WorkingDays, l.Holidays[0].Name.In(sr))
		}
	}
	// Output:
	// cacak 30 Potpuna primena usluge 2.5
	// 7 steps, from 1. 12. 2025.
	// true 2 Godišnji odmor tima
	// week 6: 4 working days; Božić
}

// A complete egovkit.plan/1 document, as Plan.MarshalJSON writes it: a
// re-plan of Čačak's, with a step under way, one deferred, one done and a
// service that moved back. Its fields and their JSON types (decimals are
// strings, never JSON numbers; exact figures are fractions such as "9/4";
// dates are "YYYY-MM-DD"):
//
//	format, municipality, visit   strings: "egovkit.plan/1", the
//	                              municipality's key, the visit's UUID
//	model, model_version          strings: the maturity model's ID and
//	                              version the figures are measured with
//	playbook, playbook_version    strings
//	options                       object: as a plan request's (see
//	                              ExampleDecodeRequest)
//	recorded, current, projected  objects, optional: scores, each with
//	  score                       string: rounded at the model's places
//	  exact                       string: the exact score
//	  band                        string: the band's key
//	  band_name                   object, optional: en, sr_latn, sr_cyrl
//	  level                       number: rungs of the ladder reached
//	  level_key, level_name       the highest rung's key (a string) and
//	                              names (as band_name); left out below
//	                              the first rung
//	  coverage                    string: from 0 to 1, at the model's
//	                              places plus two
//	range, projected_range        objects, optional: low and high, each a
//	                              score; outer_bound, a boolean, optional
//	steps, deferred               arrays of objects, in plan order:
//	  id, action                  strings: the step's UUID, its action's key
//	  name, name_sr_cyrl,         strings, optional: the action's names
//	  name_sr_latn
//	  service                     string, optional
//	  kind, audience, owner       strings, as a playbook's actions'
//	  effort, spent               strings: person-days still to do, and
//	                              spent before the plan's start (optional)
//	  depends_on                  array of step UUIDs, optional
//	  start_week, end_week        numbers, and start, end, strings: when it
//	                              runs (left out for a deferred step)
//	  weeks                       array of objects: week (a number), start,
//	                              person_days (a string)
//	  gain, gain_exact            strings, optional: what it adds to the
//	                              lower end of the range
//	  gain_awaits                 string, optional: the measure its gain
//	                              waits for
//	  running, running_exact      strings, optional: the lower end once
//	                              it is done
//	  effect, needed_below        as a playbook's actions'
//	  position, class             numbers: its place in the plan order and
//	                              its priority class
//	  rationale                   array of objects: kind (priority,
//	                              finding, indicator-gap or prerequisite),
//	                              and as it says: priority (a UUID),
//	                              priority_rank, goal, finding (a UUID),
//	                              finding_index, indicator, step (a UUID),
//	                              step_action
//	  why                         string: the rationale in English, for
//	                              readers (Words writes it in any language)
//	priorities                    array of objects: id (a UUID), rank,
//	                              goal, service, description, outcome
//	                              (served, already-met, no-action or
//	                              beyond-horizon), reason (English), steps
//	                              (UUIDs), and
//	  why                         object, optional: the reason as data,
//	                              kind (no-action, already-shown,
//	                              steps-done, beyond-horizon or
//	                              beyond-portfolio) and as it says: goal,
//	                              service, shown (objects: service and
//	                              stage, or measure and value), step,
//	                              weeks, unfit (kind: no-room, cannot-end
//	                              or starts-late; needs, root, by, weeks,
//	                              of_plan, owner)
//	profile                       object, optional: the egovkit.profile/1
//	                              document the figures were measured from
//	done                          array of step UUIDs, optional: steps of
//	                              the earlier plan found done
//	regressions                   array of objects, optional: service,
//	                              was and now (stages)
//	assumptions                   array of objects, optional: what
//	                              earlier plans assumed (no longer made)
//	effort_by_kind,               arrays of objects: kind or owner, and
//	effort_by_owner               effort, a string (written for readers)
//	load                          array of objects: week, start,
//	                              municipality, owner, person_days (a
//	                              string), working_days (a number) and
//	                              holidays (date, name, kind), optional
func ExampleDecodePlan() {
	p, err := plan.DecodePlan([]byte(`{
		"format": "egovkit.plan/1",
		"municipality": "cacak",
		"visit": "9977a5d5-ce99-5739-8195-ec4dbda24a8a",
		"model": "lsg-dmi",
		"model_version": "1.1.0",
		"playbook": "pisarnica-first",
		"playbook_version": "2026.1",
		"options": {
			"start": "2025-12-22",
			"horizon": 6,
			"team_capacity": "2",
			"municipality_capacity": "2",
			"partner_capacity": "0"
		},
		"recorded": {
			"score": "30.00",
			"exact": "30",
			"band": "middle",
			"band_name": {"en": "Middle", "sr_latn": "Srednja", "sr_cyrl": "Средња"},
			"level": 0,
			"coverage": "0.0750"
		},
		"range": {
			"low": {
				"score": "2.25",
				"exact": "9/4",
				"band": "low",
				"band_name": {"en": "Low", "sr_latn": "Niska", "sr_cyrl": "Ниска"},
				"level": 0,
				"coverage": "0.0750"
			},
			"high": {
				"score": "94.75",
				"exact": "379/4",
				"band": "very-high",
				"band_name": {"en": "Very high", "sr_latn": "Veoma visoka", "sr_cyrl": "Веома висока"},
				"level": 5,
				"level_key": "innovative",
				"level_name": {"en": "Innovative", "sr_latn": "Inovativan", "sr_cyrl": "Иновативан"},
				"coverage": "0.0750"
			}
		},
		"current": {
			"score": "2.25",
			"exact": "9/4",
			"band": "low",
			"band_name": {"en": "Low", "sr_latn": "Niska", "sr_cyrl": "Ниска"},
			"level": 0,
			"coverage": "0.0750"
		},
		"projected": {
			"score": "7.05",
			"exact": "141/20",
			"band": "low",
			"band_name": {"en": "Low", "sr_latn": "Niska", "sr_cyrl": "Ниска"},
			"level": 0,
			"coverage": "0.1550"
		},
		"projected_range": {
			"low": {
				"score": "7.05",
				"exact": "141/20",
				"band": "low",
				"band_name": {"en": "Low", "sr_latn": "Niska", "sr_cyrl": "Ниска"},
				"level": 0,
				"coverage": "0.1550"
			},
			"high": {
				"score": "91.55",
				"exact": "1831/20",
				"band": "very-high",
				"band_name": {"en": "Very high", "sr_latn": "Veoma visoka", "sr_cyrl": "Веома висока"},
				"level": 3,
				"level_key": "agile-and-integrated",
				"level_name": {
					"en": "Agile and integrated",
					"sr_latn": "Agilan i integrisan",
					"sr_cyrl": "Агилан и интегрисан"
				},
				"coverage": "0.1550"
			}
		},
		"steps": [
			{
				"id": "46d52d2d-8dd5-5350-b949-018a005b526f",
				"action": "pisarnica-onboarding",
				"name": "Onboarding of Pisarnica",
				"name_sr_cyrl": "Писарница: увођење",
				"service": "pisarnica",
				"kind": "technical-support",
				"owner": "programme-team",
				"effort": "3.5",
				"spent": "1",
				"start_week": 1,
				"end_week": 3,
				"start": "2025-12-22",
				"end": "2026-01-11",
				"weeks": [
					{"week": 1, "start": "2025-12-22", "person_days": "2"},
					{"week": 2, "start": "2025-12-29", "person_days": "1.2"},
					{"week": 3, "start": "2026-01-05", "person_days": "0.3"}
				],
				"gain": "4.80",
				"gain_exact": "24/5",
				"running": "7.05",
				"running_exact": "141/20",
				"effect": {"stage": "partly-in-use"},
				"position": 0,
				"class": 1,
				"rationale": [
					{
						"kind": "prerequisite",
						"step": "312f6758-1e15-5a85-97b2-0d75bec1f288",
						"step_action": "pisarnica-rollout"
					}
				],
				"why": "needed before pisarnica-rollout"
			}
		],
		"deferred": [
			{
				"id": "312f6758-1e15-5a85-97b2-0d75bec1f288",
				"action": "pisarnica-rollout",
				"name": "Rollout of Pisarnica",
				"name_sr_cyrl": "Писарница: примена у свим поступцима",
				"service": "pisarnica",
				"kind": "technical-support",
				"owner": "municipality",
				"effort": "10",
				"depends_on": ["46d52d2d-8dd5-5350-b949-018a005b526f"],
				"gain": "3.20",
				"gain_exact": "16/5",
				"running": "10.25",
				"running_exact": "41/4",
				"effect": {"stage": "fully-in-use"},
				"position": 1,
				"class": 1,
				"rationale": [
					{
						"kind": "priority",
						"priority": "8aae5c99-1fc8-5eae-b973-c79759e8cb7a",
						"priority_rank": 1,
						"goal": "adopt-fully"
					}
				],
				"why": "agreed priority 1 (adopt-fully)"
			}
		],
		"priorities": [
			{
				"id": "8aae5c99-1fc8-5eae-b973-c79759e8cb7a",
				"rank": 1,
				"goal": "adopt-fully",
				"service": "pisarnica",
				"outcome": "beyond-horizon",
				"reason": "pisarnica-rollout (or a step it needs) does not fit in the 6-week horizon",
				"why": {"kind": "beyond-horizon", "step": "pisarnica-rollout", "weeks": 6}
			}
		],
		"profile": {
			"format": "egovkit.profile/1",
			"municipality": "cacak",
			"date": "2025-12-08",
			"stages": {"ddc": "piloting"},
			"measures": {"staff": "30"}
		},
		"done": ["b9d8dadd-9eef-5b78-933b-18bc1236ba18"],
		"regressions": [{"service": "ddc", "was": "partly-in-use", "now": "piloting"}],
		"effort_by_kind": [
			{"kind": "materials", "effort": "0"},
			{"kind": "training", "effort": "0"},
			{"kind": "technical-support", "effort": "3.5"},
			{"kind": "promotion", "effort": "0"}
		],
		"effort_by_owner": [
			{"owner": "programme-team", "effort": "3.5"},
			{"owner": "municipality", "effort": "0"},
			{"owner": "partner", "effort": "0"}
		],
		"load": [
			{
				"week": 1,
				"start": "2025-12-22",
				"municipality": "cacak",
				"owner": "programme-team",
				"person_days": "2",
				"working_days": 5
			},
			{
				"week": 2,
				"start": "2025-12-29",
				"municipality": "cacak",
				"owner": "programme-team",
				"person_days": "1.2",
				"working_days": 3,
				"holidays": [
					{
						"date": "2026-01-01",
						"name": {"en": "New Year", "sr_latn": "Nova godina", "sr_cyrl": "Нова година"},
						"kind": "state"
					},
					{
						"date": "2026-01-02",
						"name": {"en": "New Year", "sr_latn": "Nova godina", "sr_cyrl": "Нова година"},
						"kind": "state"
					}
				]
			},
			{
				"week": 3,
				"start": "2026-01-05",
				"municipality": "cacak",
				"owner": "programme-team",
				"person_days": "0.3",
				"working_days": 4,
				"holidays": [
					{
						"date": "2026-01-07",
						"name": {"en": "Orthodox Christmas", "sr_latn": "Božić", "sr_cyrl": "Божић"},
						"kind": "religious"
					}
				]
			}
		]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	l := egov.SerbianCyrillic
	w := p.Words(l, maturity.Default(), egov.SerbianCatalog())
	fmt.Println(p.Current.ScoreText(l), p.Current.BandLabel(l), "→", p.Projected.ScoreText(l), p.Projected.BandLabel(l),
		"| највише", p.ProjectedRange.High.ScoreText(l), p.ProjectedRange.High.LevelLabel(l))
	for _, s := range append(p.Steps, p.Deferred...) {
		fmt.Printf("%s: %s (%s)\n", s.Label(l), w.Rationale(s.Rationale), s.Owner.Label(l))
	}
	for _, st := range p.Priorities {
		fmt.Printf("%d: %s\n", st.Rank, w.PriorityReason(st))
	}
	fmt.Println(w.Regression(p.Regressions[0]))
	// Output:
	// 2,25 Ниска → 7,05 Ниска | највише 91,55 Агилан и интегрисан
	// Писарница: увођење: потребно пре корака „Писарница: примена у свим поступцима“ (Тим програма)
	// Писарница: примена у свим поступцима: договорени приоритет 1 (потпуна примена услуге) (Локална самоуправа)
	// 1: „Писарница: примена у свим поступцима“ (или корак који му је потребан) не стаје у период плана (6 седмица)
	// услуга „Државни дата центар“ враћена је из фазе „делимично у употреби“ у фазу „пробна употреба“
}
