package plan

import (
	"encoding/json"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// FormatPlaybook is the format version of playbook documents.
const FormatPlaybook = "egovkit.playbook/1"

type playbookJSON struct {
	Format       string       `json:"format"`
	ID           string       `json:"id"`
	Version      string       `json:"version"`
	Name         string       `json:"name,omitempty"`
	NameCyrillic string       `json:"name_sr_cyrl,omitempty"`
	NameLatin    string       `json:"name_sr_latn,omitempty"`
	Actions      []actionJSON `json:"actions"`
}

type actionJSON struct {
	Key           string             `json:"key"`
	Name          string             `json:"name,omitempty"`
	NameCyrillic  string             `json:"name_sr_cyrl,omitempty"`
	NameLatin     string             `json:"name_sr_latn,omitempty"`
	Service       egov.ServiceKey    `json:"service,omitempty"`
	Goals         []egov.GoalKind    `json:"goals,omitempty"`
	Kind          ActionKind         `json:"kind"`
	Audience      Trainees           `json:"audience,omitzero"`
	Owner         Owner              `json:"owner"`
	Effort        string             `json:"effort"`
	Prerequisites []string           `json:"prerequisites,omitempty"`
	Effect        *effectJSON        `json:"effect,omitempty"`
	NeededBelow   egov.AdoptionStage `json:"needed_below,omitzero"`
}

// MarshalJSON writes the playbook as an egovkit.playbook/1 document, with
// efforts as exact decimal strings.
func (p Playbook) MarshalJSON() ([]byte, error) {
	doc := playbookJSON{Format: FormatPlaybook, ID: p.ID, Version: p.Version, Name: p.Name,
		NameCyrillic: p.NameCyrillic, NameLatin: p.NameLatin, Actions: []actionJSON{}}
	var ps egov.ProblemList
	for i, a := range p.Actions {
		aj := actionJSON{Key: a.Key, Name: a.Name, NameCyrillic: a.NameCyrillic, NameLatin: a.NameLatin, Service: a.Service, Goals: a.Goals, Kind: a.Kind, Audience: a.Audience,
			Owner: a.Owner, Prerequisites: a.Prerequisites, NeededBelow: a.NeededBelow}
		if err := exact.CheckDecimal(a.Effort); err != nil {
			ps.Add(index("actions", i)+".effort", "", "%v", err)
		}
		aj.Effort = exact.FormatDecimal(a.Effort)
		if !a.Effect.IsZero() {
			if a.Effect.Measure != "" {
				if err := exact.CheckDecimal(a.Effect.AtLeast); err != nil {
					ps.Add(index("actions", i)+".effect.at_least", "", "%v", err)
				}
				if err := exact.CheckDecimal(a.Effect.ShareOfWhole); err != nil {
					ps.Add(index("actions", i)+".effect.share_of_whole", "", "%v", err)
				}
			}
			aj.Effect = effectOf(a.Effect)
		}
		doc.Actions = append(doc.Actions, aj)
	}
	if err := ps.Err("playbook"); err != nil {
		return nil, err
	}
	return json.Marshal(doc)
}

// decodeEffect reads an effect as effectOf writes it (the zero Effect for
// none), adding a problem for each number that is not a plain decimal.
func decodeEffect(ps *egov.ProblemList, path string, ej *effectJSON) Effect {
	if ej == nil {
		return Effect{}
	}
	e := Effect{Stage: ej.Stage, Measure: ej.Measure}
	if ej.AtLeast != "" {
		v, err := exact.ParseDecimal(ej.AtLeast)
		if err != nil {
			ps.Add(path+".at_least", ej.AtLeast, "%v", err)
		}
		e.AtLeast = v
	}
	if ej.ShareOfWhole != "" {
		v, err := exact.ParseDecimal(ej.ShareOfWhole)
		if err != nil {
			ps.Add(path+".share_of_whole", ej.ShareOfWhole, "%v", err)
		}
		e.ShareOfWhole = v
	}
	return e
}

// DecodePlaybook decodes an egovkit.playbook/1 document strictly (unknown
// or repeated fields, wrong types, malformed numbers and trailing data are
// refused). It checks the document, not the playbook: compile the result
// with CompilePlaybook to validate it against a catalogue. Every problem
// comes in one *egov.ValidationError. ExampleDecodePlaybook shows a
// complete document with the JSON type of each field.
func DecodePlaybook(data []byte) (Playbook, error) {
	var doc playbookJSON
	if err := egov.DecodeStrict("playbook", data, &doc); err != nil {
		return Playbook{}, err
	}
	var ps egov.ProblemList
	ps.CheckFormat(doc.Format, FormatPlaybook)
	pb := Playbook{ID: doc.ID, Version: doc.Version, Name: doc.Name, NameCyrillic: doc.NameCyrillic, NameLatin: doc.NameLatin}
	for i, aj := range doc.Actions {
		path := index("actions", i)
		a := Action{Key: aj.Key, Name: aj.Name, NameCyrillic: aj.NameCyrillic, NameLatin: aj.NameLatin, Service: aj.Service, Goals: aj.Goals, Kind: aj.Kind, Audience: aj.Audience,
			Owner: aj.Owner, Prerequisites: aj.Prerequisites, NeededBelow: aj.NeededBelow}
		effort, err := exact.ParseDecimal(aj.Effort)
		if err != nil {
			ps.Add(path+".effort", aj.Effort, "%v", err)
		}
		a.Effort = effort
		a.Effect = decodeEffect(&ps, path+".effect", aj.Effect)
		pb.Actions = append(pb.Actions, a)
	}
	if err := ps.Err("playbook"); err != nil {
		return Playbook{}, err
	}
	return pb, nil
}
