// Package egov is the domain of egovkit: municipalities, the national and
// local e-services they adopt, where a municipality stands (its profile),
// and the visits at which the programme team records findings and agrees
// priorities.
//
// # Municipalities
//
// A [Municipality] is a local self-government (LSG), a city or a
// municipality, with names in Serbian Latin and Cyrillic, a district, and a
// census [Population] that may be unknown. [PilotMunicipalities] returns the
// ten pilots of the "eGovernment for All" programme, and [FindPilot] finds
// one by name in either script, ignoring case and diacritics.
//
// # Services and the catalogue
//
// A [Service] is a platform such as eUprava, ConsentID, ePisarnica or eZUP,
// with its kind, audience, operator, legal basis and prerequisites. A
// [Catalog] is a validated, immutable set of services whose prerequisites
// form a directed acyclic graph; it answers a service's transitive
// prerequisites and a deterministic topological order. [SerbianCatalog] is
// the built-in catalogue of Serbia's platforms, each edge that no source
// states marked as an assumption.
//
// # Profiles
//
// A [Profile] says where one municipality stands on one date: each
// service's [AdoptionStage] and a few exact [Measure] values (staff, staff
// trained, e-services online, …). What is not recorded is unknown, never
// zero or "not started".
//
// # Visits
//
// A [Visit] records who visited which municipality when, the [Finding]s
// they made and the [Priority] goals agreed, each of a [GoalKind] from a
// closed list.
//
// # Identity, dates and names
//
// IDs are typed ([MunicipalityID], [ServiceID], [VisitID]): UUIDs derived
// deterministically (version 5) from natural keys such as
// "municipality:cacak", or given by the caller. A [Date] is a civil date
// with no clock or time zone. [ToCyrillic], [ToLatin] and [Fold] convert
// and fold Serbian text; [CompareNames] orders names by the Serbian
// alphabet (Čačak before Ćuprija before Despotovac).
//
// # Languages
//
// Everything the package names for people is available in English,
// Serbian Latin and Serbian Cyrillic, through one small API: a [Language]
// value passed in, never a setting of the package. Enums, measures,
// statuses and scripts have a Label method ([AdoptionStage.Label],
// [Measure.Label], …); services and holidays carry their names as a
// [Text], read with [Text.In]; a municipality's name and district read
// with [Name.Label] and [Municipality.DistrictName]. [ParseLanguage]
// reads common tags: "en", "en-GB"; "sr", "sr-RS", "sr-Cyrl" and
// "sr-Cyrl-RS" are Cyrillic, as CLDR has it; "sr-Latn" and "sr-Latn-RS"
// are Latin; an unknown tag is an error. English is the zero value and the
// fallback: a text missing in Serbian is given in English, except that
// Serbian Latin is derived from the Cyrillic where only that is given.
//
// The library keeps its Serbian in Cyrillic and derives the Latin with
// [ToLatin], which is exact, whereas Latin to Cyrillic is not ("konj" has
// њ, "konjugacija" n and j). Names that Serbian writes in Latin letters
// inside Cyrillic text (ConsentID, eID, eZUP) stay in Latin; the source
// for each is noted beside the names.
//
// A Language also writes numbers, dates and counts as its readers expect:
// [Language.FormatDecimal] gives 1,234,567.89 in English and 1.234.567,89
// in Serbian from an exact decimal, [Language.FormatDate] gives
// "1 December 2025" and "1. 12. 2025.", and a [Noun] takes the form a
// count asks for ([Language.Plural]): 1 korak, 2 koraka, 5 koraka,
// 21 korak. [WeekNoun] is "sedmica", not "nedelja", which is also Sunday.
// Names sort by the Serbian alphabet with [CompareNames].
//
// # Reference data
//
// Besides the pilots and the catalogue, [PilotVisits] returns the three
// visits NALED reported (Kragujevac, Čačak, Bela Palanka), in a language,
// with their illustrative dates marked as such, and [PilotProfiles] the
// profiles the report implies. The JSON documents the package reads have
// complete samples with every field's type in the examples of
// [DecodeCatalog], [DecodeProfile], [DecodeVisit] and [DecodeMunicipality].
//
// # Working calendar
//
// A [Calendar] says which days are working days, counts them over a range
// or a week and lists the holidays of a year with their names.
// [SerbianCalendar] follows Serbia's Law on State and Other Holidays: the
// state holidays (New Year, Sretenje, Labour Day, Armistice Day), of which
// a day that falls on a Sunday makes the first working day after it a day
// off, and the religious holidays (Orthodox Christmas, Good Friday to
// Easter Monday), which do not move. [OrthodoxEaster] reckons Easter with
// the Julian computus and converts it to the civil calendar for every year
// a Date holds. [Calendar.WithHolidays] and [Calendar.WithDaysOff] return a
// calendar extended by a municipality's own holidays or a team's leave;
// the zero Calendar has weekends off and no holidays.
//
// # Validation and JSON
//
// Validation reports every problem of one input at once, in a
// [*ValidationError] whose [Problem]s name the field path, the value and the
// reason, and offer the fix where one is likely:
// "priorities[2].service: unknown service "ezupp"; did you mean "ezup"?".
// Catalogues, profiles and visits are JSON documents with a format version
// ("egovkit.visit/1"); [DecodeCatalog], [DecodeProfile] and [DecodeVisit]
// decode them strictly (unknown, repeated or mis-cased fields, wrong types,
// invalid UTF-8 and trailing data are errors) and report the problems of a
// document's shape together with those of the content that could be read.
// Their output does not depend on the package variables of
// github.com/shopspring/decimal. [DecodeStrict] and [ProblemList.Decode]
// decode documents of your own the same way, and a [ProblemList] collects
// the problems of inputs you validate yourself.
//
// The decisions behind these rules (zero values, keys and IDs, unknown
// versus zero, exactness) are set out in docs/design.md in the repository.
//
// # Limits
//
// Decoders and constructors enforce documented limits ([MaxDocumentBytes],
// [MaxDocumentDepth], [MaxServices], and those of packages maturity and
// plan) and report an excess as a [*LimitError] inside the
// *ValidationError.
//
// # What this package does not do
//
// It does no I/O: it reads no files, network, clock or randomness, and
// holds no mutable package state; the same input always gives the same
// output. It stores nothing and runs no workflow. It needs no personal data:
// visits record the team by role. Scoring is package maturity's job, and
// planning package plan's.
package egov
