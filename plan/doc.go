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
// built-in one for the Serbian catalogue. Playbooks and plan requests are
// JSON documents too ([DecodePlaybook], [DecodeRequest]); plans and
// portfolios are written as JSON.
//
// # Generating a plan
//
// [Generate] takes one [Request]: the compiled playbook, a compiled
// maturity model, the municipality's profile, the visit and the [Options]
// (start date, horizon in weeks, weekly capacities). It selects the actions
// the agreed priorities, the findings and the model's indicator gaps ask
// for, with their prerequisites, leaving out what the profile already
// shows; orders them (dependencies first, then priority rank, then expected
// gain per person-day, then step ID); schedules them; and returns a [Plan]:
// [Step]s with deterministic IDs, weeks and dates, the expected gain of
// each (exact, from the model's fast totals), a structured [Rationale] that
// traces back to the priority, finding or indicator that asked for it, the
// projected score, effort totals, and what became of every priority.
//
// A service the plan works on whose stage the profile does not record is
// taken as not started, and a measure it raises whose value is unknown as
// 0; the plan lists these [Assumption]s and measures gains from them, so a
// gain never comes from merely making something known.
//
// # Scheduling
//
// Scheduling is in whole weeks from the start date. Each owner has a weekly
// capacity in person-days: the programme team's (shared, in a portfolio, by
// all municipalities), each municipality's own, and the partners'
// (unlimited unless given). A step may start in the week after all its
// prerequisites end and draws on its owner's capacity week after week until
// its effort is spent; no week ever exceeds a capacity. The heuristic is a
// serial schedule-generation scheme with this priority rule: among the
// steps whose prerequisites are scheduled, the lowest priority class first;
// among ready steps of one class, the municipality that has received the
// least programme-team capacity so far (fairness); within a municipality,
// its plan order. Steps that cannot end within the horizon are deferred,
// and the priorities they serve are reported with the reason.
// [SchedulePortfolio] schedules several plans together and reports each
// week's load per municipality and owner.
//
// # Progress
//
// [Replan] takes a later profile and the steps the caller marks done
// (materials and promotion leave no trace in a profile), marks done also
// the steps whose effect the profile shows, and schedules what remains
// from a new date.
//
// A [Plan] given to Replan or [SchedulePortfolio] may have been built or
// changed by hand, so both check it as any other input, with one set of
// step checks (IDs, kinds, owners, efforts, effects, dependencies and their
// cycles), and report every problem in one *egov.ValidationError at paths
// such as "plan.steps[2].owner". What a schedule produces (weeks, dates,
// gains, load) they compute again rather than check.
//
// # What this package does not do
//
// It does no I/O and holds no package state: the same request always gives
// the same plan, byte for byte in JSON. It is not a project-management tool:
// it keeps no plans, sends no reminders and tracks no time; it proposes a
// plan that people then own. Its efforts are planning assumptions to be
// tuned, not measurements.
package plan
