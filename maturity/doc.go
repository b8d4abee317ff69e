// Package maturity scores a municipality's digital maturity with a
// methodology given as versioned data, exactly and explainably.
//
// # Scoring in three lines
//
//	m := maturity.Default()              // the lsg-dmi 1.1.0 model, compiled
//	r, err := m.Score(m.Assess(profile)) // profile is an egov.Profile
//	fmt.Println(r.Score().StringFixed(2), r.Coverage().StringFixed(4))
//
// # Methodologies as data
//
// A [Model] has an ID and a version, weighted dimensions of weighted
// indicators, a [Rule] that reads each indicator from an egov.Profile
// (credit per adoption stage, yes/no on a stage, a ratio of two measures, a
// measure against a target, or a value given directly), a [Scale], [Band]s
// that cover the scale as half-open ranges, an optional ladder of [Level]s
// with gating, an [UnknownPolicy] and a [Rounding]. Models are written in Go
// or decoded from JSON ([DecodeModel]) and validated with one
// *egov.ValidationError naming every problem. [Compile] turns a model into
// an immutable [Compiled] model, safe for concurrent use, as regexp.Compile
// does for patterns. A compiled model is known by its content: two
// compilations of models with the same content (every field, decimals by
// value) accept each other's assessments and results, and [Default]
// compiles the default model once. Models that share an ID and a version
// but differ in content are different models: a [MismatchError] between
// them names the first field that differs, and [Compare] reads their
// results as a change of methodology.
//
// # Methodologies as trees
//
// A dimension may hold weighted [Group]s beside its indicators, and groups
// their own, down to [MaxDepth]: each group is the weighted mean of its
// indicators and groups that count, as published indices are written (the
// EU eGovernment Benchmark's user centricity is 2/3 online availability
// plus 1/3 of a mean of user support and mobile friendliness). Each
// dimension and group may say how its own unknown indicators count
// ([GroupUnknown]: by default as its parent, and a dimension as the
// model's [UnknownPolicy]) and whether it counts as 0 in its parent when
// nothing in it counts ([EmptyPolicy]: by default it is left out and the
// parent's weights renormalised). Coverage, contributions (which still add
// up exactly to the score), [Result.Groups], [Compiled.WhatIf],
// [Compiled.Range] and [Compiled.AskFirst] follow the tree. A model that
// uses none of this is scored as it always was, and keeps its JSON and its
// fingerprint. The package's tests hold, as JSON models in testdata, the EU
// eGovernment Benchmark's method (applied to rows built by hand, as no
// published per-country figures were at hand), and the shapes of the World
// Bank's GovTech Maturity Index and of NALED's index, whose weights are
// not published.
//
// # Averages over occasions and composites
//
// [Compiled.Average] averages several assessments of one model (the life
// events of a year, the visits of a quarter) node by node: each dimension's
// and group's average is the mean of its scores over the occasions in
// which it has one, and the overall average the weighted mean of the
// dimensions' averages, as the EU eGovernment Benchmark averages each
// benchmark over the life events that have it and then takes the mean of
// the benchmarks. [Compiled.Composite] composes a headline from parts
// already scored, such as published benchmark scores; where the parts
// were published rounded, [Composite.Reproduces] says whether a published
// headline is within what the rounding allows.
//
// # Assessments and results
//
// An [Assessment] holds each indicator's [Value]: known (0 to 1, at most
// six places), unknown, or not applicable. It comes from a profile
// ([Compiled.Assess]) or from given values ([Compiled.NewAssessment]), so
// that published indices such as the UN EGDI and LOSI can be expressed and
// reproduced (the package's tests do, from published figures in testdata).
// A ratio or count rule caps its quotient at 1, however large the measures,
// and rounds a quotient with more than six places (a ratio of 1 to 3) once
// to six with the model's rounding mode: 0.0000025 reads as 0.000003 half
// up and as 0.000002 half even.
//
// A dimension's score is the weighted mean of its counted indicators (and
// groups); the overall score is the weighted mean of the dimensions that
// have anything counted, mapped onto the scale. Not-applicable indicators leave the
// means; unknown ones leave them too under [LeaveOut] (the zero policy) or
// count as 0 under [CountAsZero]; either way they lower the coverage, the
// share of applicable weight that is known. An assessment with nothing to
// count gets a *[NoScoreError].
//
// A [Result] carries the model's ID and version, the score, band, level and
// coverage, and each dimension's and indicator's part of the score. Every
// figure is an exact rational (a *big.Rat on request) and every reported
// decimal is rounded once from it, half up or half even as the model says,
// and carries the model's places ([Compiled.Places]; coverage two more):
// write it with StringFixed or egov.Language.FormatDecimal at those
// places, since decimal.Decimal.String drops trailing zeros and would
// write 35.00 as "35" beside 37.07.
// The exact contributions add up to the exact score (minus the scale's
// minimum). Bands and ranks are decided on scores as reported, so that a
// score printed as 25.00 is never placed in the band that ends at 25.
//
// Every zero value is safe: its methods answer, never panic. The zero
// [Assessment] belongs to no model; the zero [Totals], the zero [Result]
// and a nil *Result hold no score (IsValid reports false, figures are 0,
// the band index is -1, and zero Totals sort below every score); a nil or
// zero *[Compiled] holds no model, and its methods return errors or zero
// answers. [Rank] and [Compare] refuse a result the package did not make,
// naming it ("entries[3].result").
//
// # Names in three languages
//
// A model, its dimensions, indicators, bands and levels each have a Name
// (and all but bands a Description) in English, and may carry them in
// Serbian too: NameCyrillic and DescriptionCyrillic in Cyrillic, NameLatin
// and DescriptionLatin in Latin. [Model.Label], [Dimension.Label],
// [Indicator.Label], [Band.Label], [Level.Label] and the DescriptionIn
// methods pick the one for an egov.Language, with the fallbacks of
// egov.Text.In:
//
//   - Serbian Latin: the Latin, else the Cyrillic transliterated with
//     egov.ToLatin (which is exact), else the English;
//   - Serbian Cyrillic: the Cyrillic, else the English (Cyrillic is never
//     guessed from Latin, which is ambiguous);
//   - English: the English, else the Serbian Latin as above.
//
// A Label falls back last to the key (the model's ID), so it is never
// empty for a valid model. Give the Serbian in Cyrillic and leave the
// Latin empty unless it must differ from the transliteration, as
// [LSGModel] does; names written in Latin letters inside Cyrillic text
// (ConsentID, eZUP) pass through unchanged. In JSON the fields are
// optional ("name_sr_cyrl", "name_sr_latn", "description_sr_cyrl",
// "description_sr_latn"), so documents written before them still decode.
// They are part of the model's content: two models that differ only in a
// Serbian name are different models, and a [MismatchError] names the
// field. [Model.Dimension] and [Model.Indicator] find an element by key,
// so that a report can name the dimensions and indicators of a [Result].
// [Band.Names] and [Level.Names] give a band's and a level's names as an
// egov.Text, the Latin transliterated where the model leaves it to the
// Cyrillic: each [RankedRow] carries its band's and level's that way
// (BandLabel, LevelLabel), as package plan's scores do, and each
// [BandCount] its band's (Label), so that a ranking names them without the
// model.
//
// # Errors
//
// Every problem with an input comes in one *egov.ValidationError, each
// problem with the path of what it concerns: fields joined with dots, list
// items by index (dimensions[1].weight), and map entries by key, written
// as the JSON decoder writes them: values.episarnica, or quoted in brackets
// (values["ePisarnica"]) for any key that is not lower-case ASCII words
// joined by hyphens. An unknown indicator key close to one of
// the model's gets a suggestion. An assessment or result used with a model
// other than its own gives a [MismatchError] naming both models.
//
// # How far a score could still move
//
// A score computed from a profile that records two services out of sixteen
// says little on its own. [Compiled.Range] gives the lowest and the
// highest score the municipality could turn out to have once everything
// unknown is known — each end with its band and level, rounded once like
// every score — and [Compiled.RangeOf] does the same for given values.
// When nothing is unknown the range is the score; when nothing is known it
// is the whole scale (0 to 100 for the default model); learning a fact
// never widens it. The recorded score leaves unknown indicators out, so it
// is not one of the possible outcomes and may lie outside the range: show
// the two together with a sentence saying so, as the example does.
// [Compiled.AskFirst] lists the facts a profile lacks, the ones whose
// answer narrows the range most first, and which indicators each settles:
// what to ask at the next visit. Package questionnaire makes of them a
// visit's questionnaire for one or several models, and of its answers a
// new profile.
//
// Coverage goes with every score: results carry it, gains carry the
// coverage on both sides, [RankWith] leaves scores below a minimum coverage
// unranked and marks rows whose ranges overlap (what is unknown could swap
// them), and [Compare] splits a change between two visits into what
// improved (values known both times) and what was learned (values that
// became known).
//
// # Beyond one score
//
// [Compare] sets two results side by side and flags a change of methodology
// version instead of hiding it; [Compiled.WhatIf] and [Compiled.GainsIfMet]
// give the exact gain of raising indicators, as Lighthouse ranks its
// opportunities; [Rank] ranks a portfolio (rank = 1 + the number strictly
// higher); [Compiled.TotalsBatch] scores many assessments on all processors
// without allocating per assessment.
//
// # Exactness and speed
//
// Values are held in millionths and weights in ten-thousandths, so scoring
// runs in integers: each dimension's weighted sum is a 64-bit integer, and
// the overall score is an exact fraction over the least common multiple of
// the dimensions' weight sums, kept in machine words (128-bit products for
// rounding and comparisons) and in big integers only when it would not
// fit. Decimals are built only when asked for. [Compiled.TotalsBatch] goes
// further for assessments whose values are all known: Compile gives each
// indicator its integer share of the overall numerator and turns the
// rounding and the bands' starts into 64-bit thresholds, when the model's
// figures allow, so that such an assessment costs one dot product and one
// division, exactly. See BENCHMARKS.md.
//
// # The default model: lsg-dmi 1.1.0
//
// [LSGModel] is a model for Serbian local self-governments. Its structure
// follows the four components of NALED's Local eGovernment Index
// (infrastructure; human resources and competencies; presence and quality of
// e-services; citizen involvement; https://lei.rs/stranice/sta-merimo), plus
// two dimensions for what the eGovernment for All programme pushes: the back
// office (Pisarnica, the cloud e-seal) and data exchange (eZUP). NALED does
// not publish its weights, indicator list or thresholds, so every number
// below is egovkit's own choice, with its reason.
//
// Dimension weights (out of 100):
//   - infrastructure 15: hosting in the State Data Centre and the national
//     eID in use are preconditions, but few indicators can be read from a
//     profile;
//   - people-and-skills 15: the share of staff trained (weight 2) and the
//     number of authorised eID registration officers against a target of 2
//     (weight 1; two, so that registration does not stop when one is away);
//   - e-services 25, the largest, as in NALED's index the electronic
//     services make a whole sub-index: eUprava (1), ePisarnica (2) and
//     ePlaćanje (2), both declared programme priorities; procedures online
//     for citizens (2) and for businesses (1) against a target of 10, the
//     number of common procedures NALED measures; eBeba, eVrtić, the Service
//     Generator, CEOP and the local tax portal (1 each);
//   - citizen-involvement 15: ConsentID registration (1), eSanduče delivery
//     (2, a programme priority), procedures published in the Register of
//     Administrative Procedures (1), and registered eCitizens against a
//     first milestone of 1,000 (1; our own milestone for a small
//     municipality, not a published figure);
//   - back-office 20: Pisarnica (2) and the cloud e-seal (2), both
//     programme priorities and prerequisites of ePisarnica, and the share of
//     cases handled electronically (1; NALED found 95 % of requests still on
//     paper in 2022);
//   - data-exchange 10: eZUP (1), which lets officials obtain registry data
//     ex officio.
//
// Stage credits (every stage rule): not started 0, planned 0.1 (a decision
// is a first step), piloting 0.3, partly in use 0.6 (more than half-way),
// fully in use 1.
//
// Bands on the 0–100 scale follow the UN E-Government Survey's groups:
// low [0, 25), middle [25, 50), high [50, 75), very high [75, 100].
//
// The ladder uses the level names of UNDP's Digital Maturity Assessment,
// each level requiring the ones below:
//  1. nascent: the national eID is in use (at least partly);
//  2. emerging: Pisarnica at least partly in use and at least a quarter of
//     staff trained;
//  3. agile and integrated: ePisarnica, ePlaćanje, the cloud e-seal and
//     eSanduče at least partly in use: a request can arrive, be paid,
//     sealed and answered electronically;
//  4. transformed: Pisarnica fully in use, eZUP at least partly, and ten
//     procedures online for citizens;
//  5. innovative: the e-services and citizen-involvement dimensions at 0.75
//     or more, and own e-services from the Service Generator.
//
// Unknown values are left out (coverage shows how much is known) and scores
// are reported to two places, half up.
//
// Changes. 1.1.0 names the model, its dimensions, indicators, bands and
// levels, and describes the model and its levels, in Serbian (Cyrillic,
// the Latin derived) beside the English. Nothing else changed: weights,
// rules, bands, levels and rounding are those of 1.0.0, so every score,
// band, level and coverage is the same. The version moves because a model
// is known by its content, names included (see "Names in three
// languages"): kept at 1.0.0, the model as first published and the model
// with Serbian names would be two models under one ID and version. A
// result or plan made with 1.0.0 names that version; [Compare] reads a
// change from it to 1.1.0 as a change of methodology, whose scores here
// agree. 1.0.0 was the first version.
//
// # What this package does not do
//
// It does no I/O and holds no package state; the same input gives the same
// output. It stores no results and keeps no history: comparing two visits
// is comparing two results the caller kept. It does not decide what to do
// about a score; package plan does.
package maturity
