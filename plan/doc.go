// Package plan turns a visit into an operational plan: ordered,
// dependency-aware, capacity-aware steps of materials, training, technical
// support and promotion, each saying why it is there and what it buys; and
// schedules several municipalities' plans on one programme team.
//
// # Playbooks
//
// A [Playbook] says, as data, which [Action]s close which gaps: for each
// service, the actions that move a municipality from one adoption stage to
// the next, each with a kind, an owner (the programme team, the
// municipality or a partner), an effort in person-days, prerequisites, and
// an [Effect] on the profile (a service's stage, a measure), never on a
// maturity model's indicators, so one playbook serves any model.
// [CompilePlaybook] validates a playbook against a catalogue and adds the
// action prerequisites the catalogue implies; [DefaultPlaybook] is the
// built-in one for the Serbian catalogue. Playbooks, plan requests and
// plans are JSON documents too ([DecodePlaybook], [DecodeRequest],
// [DecodePlan]), so that a plan stored today can be re-planned months
// later; portfolios are written as JSON.
//
// # Generating a plan
//
// [Generate] takes one [Request]: the compiled playbook, a compiled
// maturity model, the municipality's profile, the visit and the [Options]
// (start date, horizon in weeks, weekly capacities, working calendar); a
// plan may not start before the visit or the date of the profile. It
// selects the actions the agreed priorities, the findings and the model's
// indicator gaps ask for, with their prerequisites, leaving out what the
// profile already shows; orders them (dependencies first, then priority
// rank, then each action's own gain per person-day, then step ID);
// schedules them; and returns a [Plan]: [Step]s with deterministic IDs,
// weeks, dates and work by week, what each adds to the plan's figures, a
// structured [Rationale] that traces back to the priority, finding or
// indicator that asked for it, the figures now and when every step is
// done, effort totals, and what became of every priority.
//
// A step that only an indicator gap asks for is planned only when it gains
// something: the eID fully rolled out adds nothing to an indicator that
// asks for it partly in use. An agreed priority, a finding or another
// step may still ask for a step that gains nothing by itself (materials,
// a campaign), and its rationale says which.
//
// # Plan figures
//
// A profile seldom knows everything: a municipality visited once may have a
// tenth of what the model reads on record. So a plan shows three things,
// each with its coverage, the share of the model that is known.
//
// The score as recorded ([Plan.Recorded]) is what the model makes of what
// is known, leaving the rest out. It can be far from the truth either way.
//
// The range ([Plan.Range]) is the lowest and the highest score the
// municipality can still turn out to have once everything unknown becomes
// known. The recorded score is not one of those scores (none of them
// leaves anything out), so it may lie outside the range.
//
// The plan counts on the lower end of the range: the least the
// municipality can score given what is known ([Plan.Current]). It needs no
// guess about what is unknown, and no step of a plan lowers it, because
// steps only raise stages and measures and never a whole (the staff of
// which the trained are a share) or anything the model divides by:
// [CompilePlaybook] refuses an effect on a whole, and Generate an effect on
// a measure the model divides by, naming the action and the indicator. Each
// step's gain ([Step.Gain]) is what it adds to the lower end once the steps
// before it in plan order are done, and its running figure
// ([Step.Running]) is the lower end once it is done; so the gains add up
// exactly to the rise from the lower end now to the lower end when every
// scheduled step is done ([Plan.Projected], with its range
// [Plan.ProjectedRange]), which is never below the lower end now. Every
// figure is rounded once, from its exact value, as the model says, so the
// running figures printed agree with the figures now and when done; the
// printed gains may differ from the differences of the printed running
// figures by the last digit.
//
// The lower end counts every unknown fact at the least it can be. Where a
// step raises something the profile does not record, such as the number of
// eID registration officers, part of its gain is that fact becoming known
// rather than new work: the answer at the next visit may be that the
// municipality has them already. A training that reaches a share of the
// staff ([Effect.ShareOfWhole]) cannot be measured at all while the number
// of staff is unknown: its gain is left out, and the step names what it
// waits for ([Step.GainAwaits]) rather than showing 0.
//
// Earlier versions measured gains from a starting point that took unknown
// stages as not started and unknown measures as 0 ([Assumption]): that
// point was neither the recorded score nor a score the municipality could
// be sure of, and steps measured each from it alone did not add up. Plans
// no longer make assumptions.
//
// # Scheduling
//
// Scheduling is in whole weeks from the start date, on a working calendar
// ([Options.Calendar]; Serbia's, [egov.SerbianCalendar], when none is
// given): weekends and the public holidays of the Law on State and Other
// Holidays are not working days, and a caller may add a municipality's own
// holidays or the team's leave. Each owner has a weekly capacity in
// person-days for a week of five working days: the programme team's
// (shared, in a portfolio, by all municipalities), each municipality's own,
// and the partners' (unlimited unless given). A week with fewer working
// days has that capacity times its working days over five, rounded down to
// the hundredth of a person-day, so that no week holds more than its share:
// 3 person-days a week are 1.8 in the week of New Year, which has three
// working days. A week whose capacity is nothing, having no working day,
// pauses every step of its owner.
//
// A step runs over consecutive weeks: it may start in the week after all
// its prerequisites end, and once started it takes work in every week
// until its effort is spent, except in a week that pauses it ([Step.Weeks]
// says how many person-days in each). The scheduler walks the weeks in
// order. In each week the steps already running take their owner's
// capacity first, in the order they started, and a new step starts only
// with what they leave; no week ever exceeds a capacity. Among the steps
// that may start in a week, it takes the lowest priority class first; among
// ready steps of one class, the municipality that has received the least
// programme-team capacity so far (fairness); within a municipality, its
// plan order. Steps that cannot end within the horizon are deferred, with
// every step that needs them, and the priorities they serve are reported
// with the reason.
//
// [SchedulePortfolio] schedules several plans together and returns each
// municipality's plan as the shared team can keep it ([Portfolio.Plans]):
// the plans Generate makes each count on the whole team, so once the team
// is shared these are the plans to show. Each plan keeps its own start,
// which must lie on the portfolio's week grid, its horizon, its
// municipality's capacity and calendar, and its team capacity, which caps
// what the team gives that municipality in a week; [PortfolioOptions]
// may also cap every municipality at a share of the team
// (MaxTeamShare). A class is a rank within one visit, so the portfolio
// puts the classes of all plans on one scale: every visit's agreed
// priorities by rank (priority 2 of one visit with priority 2 of
// another), then every step that serves only findings, then those for
// indicator gaps. A municipality whose visit ranked three priorities does
// not have its findings' steps come before another's fourth priority;
// among equal ranks, fairness decides. [Portfolio.Shortfalls] says, per
// municipality, which steps did not fit and why, and which agreed
// priorities they leave unserved; with the model the plans were made
// with ([PortfolioOptions.Model]), each plan's figures are measured again
// for the steps that fit.
//
// # Progress
//
// [Replan] takes a later profile, what the caller reports of the steps and a
// new date, and schedules what remains from that date, with its figures
// measured again from the later profile as Generate measures them. A plan
// keeps the profile it was made from ([Plan.Profile]), so the two can be
// compared.
//
// The caller reports each step in one of the four states Serbian
// administrations report the measures of their action plans in
// ([Implementation]): implemented fully (the step is done: materials and
// promotion leave no trace in a profile, so only the caller can say so),
// not implemented (it has not begun), substantially or to a lesser extent
// (it is part done). For a part-done step the caller gives the person-days
// spent on it ([StepProgress]), or lets them be taken as three quarters of
// its effort for substantially and a quarter for to a lesser extent, rounded
// down to the hundredth; what remains is scheduled ([Step.Effort], with
// [Step.Spent] what was spent), and before any step that has not begun, so
// that a rollout half done goes on rather than starting again in full.
//
// The later profile makes steps done too: a step once the profile shows
// its effect and the plan's profile did not, and a step needed only below a
// stage of its service ([Step.NeededBelow]: the materials and the training
// that lead to a service's go-live) once the service reaches that stage,
// unless an agreed priority asks for it directly. Training leaves its trace
// only in the staff trained, which a profile seldom records, so without
// that a service gone live would have its training planned again.
//
// Replan refuses, naming each field, progress that contradicts the plan: a
// date before the plan's start or before the later profile's date, a later
// profile dated before the plan's, a service at a lower stage than the
// plan's profile records or no longer recorded, a step reported twice or
// unknown, spent effort that does not fit its state, and a step under way
// whose prerequisites are not done. A service that really moved back (one
// switched off) is accepted when the caller confirms it
// ([Progress.Regressed]), and the plan lists it ([Plan.Regressions]); the
// re-plan schedules what remains and adds no steps to bring it back.
//
// A [Plan] given to Replan or [SchedulePortfolio], or read by DecodePlan,
// may have been built or changed by hand, so each checks it as any other
// input, with one set of step checks (IDs, kinds, owners, efforts and spent
// efforts, effects, the stage a step is needed below, dependencies and
// their cycles), and reports every problem in one *egov.ValidationError at
// paths such as "plan.steps[2].owner". What a schedule produces (weeks,
// dates, work by week, gains, load) they compute again rather than check.
//
// # Reading plans
//
// Plan order is not time order: dependencies and priorities come first, so
// a step of weeks 5-6 may come before one of week 3. [Plan.StepsByWeek]
// gives the schedule week by week. [Step.Apply] applies a step's effect to a
// profile as the plan's figures count it. [Diff] compares two plans, such as
// a plan and its re-plan: the steps added, done, removed, moved and
// resized, and the figures and priority outcomes that changed, which is
// what a programme manager reads after re-planning.
//
// # Words in three languages
//
// Everything a plan says to people can be written in English, Serbian
// Latin and Serbian Cyrillic, with an egov.Language passed in; nothing in
// the package keeps a current language.
//
// The names of the package's enums are data: [ActionKind.Label],
// [Owner.Label], [Trainees.Label], [ReasonKind.Label], [Outcome.Label],
// [Implementation.Label], [PriorityReasonKind.Label] and [UnfitKind.Label]
// ("Technical support", "Tehnička podrška", "Техничка подршка"); a value
// that is not one is labelled by its key.
//
// A playbook and each of its actions have a Name in English and may carry
// it in Serbian: NameCyrillic in Cyrillic, NameLatin in Latin, "name",
// "name_sr_cyrl" and "name_sr_latn" in JSON, as package maturity's models
// do; the steps of a plan carry their action's. [Playbook.Label],
// [Action.Label] and [Step.Label] pick the one for a language, with the
// fallbacks of egov.Text.In:
//
//   - Serbian Latin: the Latin, else the Cyrillic transliterated with
//     egov.ToLatin (which is exact), else the English;
//   - Serbian Cyrillic: the Cyrillic, else the English (Cyrillic is never
//     guessed from Latin, which is ambiguous);
//   - English: the English, else the Serbian Latin as above;
//
// and last to the key (the playbook's ID, the action's key, the step's
// action key or ID), so that a label is never empty. Give the Serbian in
// Cyrillic and leave the Latin empty unless it must differ from the
// transliteration, as [DefaultPlaybook] does; brand names written in Latin
// letters inside Cyrillic text (ConsentID, eID, eZUP) pass through
// unchanged. Playbooks and plans written before the names decode, and read
// in English in every language.
//
// Sentences are kept as data and written when asked: a step's [Reason]s,
// why a priority is not served ([PriorityReason], in [PriorityStatus.Why]),
// why a step does not fit in a portfolio ([Unfit], in [Assignment.Unfit]),
// a [Regression], a [Difference]. [Words] writes them in one language,
// naming the steps, indicators and services they point at by their names
// ([Plan.Words] and [Portfolio.Words] fill them from a plan, its model and
// its catalogue) or by key; [Reason.Text], [Rationale.Text],
// [Regression.Text], [Difference.Text], [PriorityStatus.ReasonText] and
// [Assignment.ReasonText] are the short forms, with keys. Serbian counts
// agree with their numbers (1 sedmica, 2 sedmice, 5 sedmica), numbers are
// written 1.234,5 and dates 1. 12. 2025.; the String methods and the
// English text a plan keeps (PriorityStatus.Reason, Assignment.Reason, a
// step's "why" in JSON) are what Words writes in English with keys, as
// before.
//
// # What this package does not do
//
// It does no I/O and holds no package state: the same request always gives
// the same plan, byte for byte in JSON. It is not a project-management tool:
// it keeps no plans, sends no reminders and tracks no time; it proposes a
// plan that people then own. Its efforts are planning assumptions to be
// tuned, not measurements.
package plan
