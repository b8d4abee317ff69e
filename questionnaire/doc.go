// Package questionnaire tells a visit what to ask and turns the answers
// into a profile: from one or several maturity models and a catalogue, the
// questions that make a municipality's profile complete for those models,
// each tied to the profile fact it fills, with what the profile already
// records pre-filled and the questions whose answers narrow the range of
// scores most first; and, back from the visit, the answers applied to the
// profile.
//
// # Why a package of its own
//
// A questionnaire serves several models at once (the default model and a
// caller's own), asking each fact once, so it belongs to no one model; it
// reads only what package maturity exports (the models' rules,
// Compiled.AskFirst, Compiled.Fingerprint) and adds two documents and the
// step that applies answers. Keeping it apart keeps maturity the scoring
// engine. Imports flow egov ← maturity ← questionnaire; package plan does
// not need it, and it does not need plan.
//
// # The questionnaire
//
// [New] makes a [Questionnaire] for a profile's municipality and date,
// from a catalogue and the models. Each [Question] has an ID that says what
// it fills ("stage.episarnica", "count.eservices-for-citizens",
// "share.staff-trained"), an [AnswerType] (a stage; a count; a share
// given as a part and a whole), its bounds and unit, its text in English,
// Serbian Latin and Serbian Cyrillic, the group it is shown under (a path
// "<model>/<dimension>", such as "lsg-dmi/e-services", so that nested
// models fit later), what the profile pre-fills, by how much its answer
// narrows each model's range, and the indicators that read it. Questions
// come in the order to ask them; see New for how several models are
// weighed. A [Group] names each dimension with questions.
//
// Serbian is written in Cyrillic and the Latin derived with egov.ToLatin,
// as the rest of the library writes it; names in Latin letters inside
// Cyrillic text (ConsentID, eZUP) pass through unchanged, and a service's
// name is quoted after a noun that says what it is ("увођење услуге
// „еПисарница“"), so that it is never declined.
//
// # Documents
//
// A questionnaire is the JSON document egovkit.questionnaire/1, which a
// web form can render without knowing the models ([Questionnaire.MarshalJSON],
// [Decode]); the answers come back as egovkit.answers/1 ([Answers],
// [DecodeAnswers]), naming the questionnaire by its [ID], derived from the
// models with their versions and fingerprints, the municipality and the
// date. Both decoders are strict, as every decoder of the library is: an
// unknown or repeated field, a wrong type, a malformed number or trailing
// data is refused, and every problem comes in one *egov.ValidationError
// with its path. See ExampleDecode and ExampleDecodeAnswers for complete
// documents.
//
// # Applying answers
//
// [Questionnaire.Apply] returns a new profile dated with the answers; the
// profile given is never changed. An answer "don't know" (the zero
// [Answer]), or a question left out, leaves the fact as the profile has
// it: unknown, or as recorded. A share given as a part and a whole is
// stored as the two measures when the models read them as a ratio (staff
// trained, of staff), and otherwise, for a measure that holds a share, as
// part ÷ whole: exactly when thirty digits hold it, else rounded half up
// to [SharePlaces] places. An answer that
// changes a recorded fact is an [Update], listed for the caller to
// inspect; a service moved back to an earlier stage must be confirmed
// (Answer.MovedBack), as plan's re-planning asks a regression to be. Every
// bad answer is one problem at its path (answers["count.staff"].count):
// an unknown question, a wrong type, a value out of bounds, answers to
// another questionnaire, a contradiction within the answers or with the
// profile (staff trained above staff).
//
// Answering every question makes the profile complete for the models:
// every indicator read from a profile is then known or not applicable, and
// the new profile's range of scores lies within the old one's when the
// answers agree with what the profile recorded.
//
// # Limits
//
// A questionnaire serves at most [MaxModels] models and holds at most
// [MaxQuestions] questions; a set of answers answers at most MaxQuestions
// questions. Documents are bounded as every egovkit document is
// (egov.MaxDocumentBytes, egov.MaxDocumentDepth).
//
// Every zero value is safe: a nil or zero *Questionnaire holds nothing and
// its Apply and MarshalJSON return errors; the zero Answer is "don't
// know"; the zero Answers answer no questionnaire; the zero Update is no
// update.
//
// The package does no I/O and holds no state; the same input gives the
// same output.
package questionnaire
