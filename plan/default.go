package plan

import (
	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
)

// The default playbook's identity.
const (
	DefaultPlaybookID      = "egovforall"
	DefaultPlaybookVersion = "1.0.0"
)

// DefaultPlaybook returns the built-in playbook for the services of
// egov.SerbianCatalog, as the programme offers support: mentoring,
// training, training materials and promotion (UNDP Serbia, "Public call for
// participation of local self-governments in eGovernment for All", 2025). Each call returns a
// fresh value.
//
// For every service, one ladder of actions:
//
//	<service>-materials   materials, programme team, 1 day; needed below piloting
//	<service>-training    training of staff, programme team, 2 days; needed below partly in use;
//	                      at least a tenth of the staff trained
//	<service>-onboarding  technical support, programme team, 3 days → partly in use
//	<service>-rollout     technical support, municipality, 5 days → fully in use
//	<service>-promotion   promotion, municipality, 2 days (citizen- and business-facing services)
//
// A service's training does not move its stage: a two-day course changes
// what staff know, not what the municipality runs, while the stage
// "piloting" that a model credits means the service is in trial use, which
// takes the configuration its onboarding does. (Earlier versions moved a
// service to piloting on training alone, so that training staff in the
// State Data Centre, say, scored as piloting its hosting.) What training
// does change is the staff trained, which the default model rewards as a
// share of the staff; each service's training is taken to reach at least a
// tenth of the administration (the staff who work with that service), and
// the digital skills training below at least a quarter, the share the
// model's second level asks for. Both shares are planning assumptions,
// stated as shares because administrations differ in size: where a profile
// does not record the staff, a plan says the training's gain is unknown
// until it is known.
//
// ConsentID adds the training of eID registration officers (programme team,
// 2 days; at least 2 officers), which its onboarding requires: an LSG
// registers citizens only through trained, authorised officers (an
// assumption: the sources name registration counters in LSGs, not how their
// officers are authorised). Pisarnica's rollout takes 10 days, as it moves
// every case of the administration. General actions serve goals that name no
// service: staff digital skills (train; at least a quarter of the staff
// trained) and a managers' briefing (train), a communication plan and its
// channels (improve-communication), a campaign for citizen services
// (promote), and new e-services built with the Service Generator
// (expand-services).
//
// Every action is named in English and in Serbian Cyrillic (the Latin is
// derived when asked for; see Action.Label). A service's actions are named
// in Serbian after the service, then the work ("Писарница: обука
// запослених"), so that the service's name stays in the nominative its
// catalogue gives, whatever its gender; ConsentID, eID and eZUP keep their
// Latin letters in Cyrillic text, as egov's catalogue writes them.
//
// Efforts and shares are egovkit's planning assumptions, not measurements:
// change them in a copy of the playbook to match the team's experience.
func DefaultPlaybook() Playbook {
	pd := decimal.NewFromInt
	pb := Playbook{ID: DefaultPlaybookID, Version: DefaultPlaybookVersion,
		Name:         "eGovernment for All: support for local self-governments",
		NameCyrillic: "еУправа за све: подршка локалним самоуправама"}
	cat := egov.SerbianCatalog()
	for _, key := range cat.Order() {
		s, _ := cat.Service(key)
		k := string(key)
		name, sr := s.Name.In(egov.English), s.Name.Cyrillic
		pb.Actions = append(pb.Actions,
			Action{Key: k + "-materials", Name: "Guides, manuals and presentations for " + name,
				NameCyrillic: sr + ": водичи, приручници и презентације", Service: key,
				Kind: KindMaterials, Owner: OwnerTeam, Effort: pd(1), NeededBelow: egov.StagePiloting},
			Action{Key: k + "-training", Name: "Training of staff in " + name,
				NameCyrillic: sr + ": обука запослених", Service: key,
				Kind: KindTraining, Audience: TraineesStaff, Owner: OwnerTeam, Effort: pd(2),
				Prerequisites: []string{k + "-materials"}, NeededBelow: egov.StagePartlyInUse,
				Effect: Effect{Measure: egov.MeasureStaffTrained, ShareOfWhole: decimal.New(1, -1)}},
		)
		onboarding := Action{Key: k + "-onboarding", Name: "Onboarding and configuration of " + name,
			NameCyrillic: sr + ": увођење и подешавање", Service: key,
			Kind: KindTechnicalSupport, Owner: OwnerTeam, Effort: pd(3),
			Prerequisites: []string{k + "-training"}, Effect: Effect{Stage: egov.StagePartlyInUse}}
		rollout := Action{Key: k + "-rollout", Name: "Rollout of " + name + " to all procedures and staff",
			NameCyrillic: sr + ": примена у свим поступцима, за све запослене", Service: key,
			Kind: KindTechnicalSupport, Owner: OwnerMunicipality, Effort: pd(5),
			Prerequisites: []string{k + "-onboarding"}, Effect: Effect{Stage: egov.StageFullyInUse}}
		switch key {
		case egov.ServiceConsentID:
			pb.Actions = append(pb.Actions, Action{Key: "consentid-officer-training",
				Name:         "Training and authorisation of eID registration officers",
				NameCyrillic: "Обука и овлашћивање службеника за eID регистрацију", Service: key,
				Kind: KindTraining, Audience: TraineesEIDOfficers, Owner: OwnerTeam, Effort: pd(2),
				Prerequisites: []string{"consentid-materials"},
				Effect:        Effect{Measure: egov.MeasureEIDOfficers, AtLeast: pd(2)}})
			onboarding.Prerequisites = append(onboarding.Prerequisites, "consentid-officer-training")
		case egov.ServicePisarnica:
			rollout.Effort = pd(10)
		}
		pb.Actions = append(pb.Actions, onboarding, rollout)
		switch s.Audience {
		case egov.AudienceCitizens, egov.AudienceBusinesses, egov.AudienceCitizensAndBusinesses:
			pb.Actions = append(pb.Actions, Action{Key: k + "-promotion", Name: "Info days and campaign for " + name,
				NameCyrillic: sr + ": информативни дани и кампања",
				Service:      key, Kind: KindPromotion, Owner: OwnerMunicipality, Effort: pd(2),
				Prerequisites: []string{k + "-onboarding"}})
		default:
			// Systems of the administration are not promoted to the public.
		}
	}
	pb.Actions = append(pb.Actions,
		Action{Key: "staff-digital-skills", Name: "Digital skills training for administration staff",
			NameCyrillic: "Обука запослених у управи за дигиталне вештине",
			Goals:        []egov.GoalKind{egov.GoalTrain}, Kind: KindTraining, Audience: TraineesStaff, Owner: OwnerTeam, Effort: pd(3),
			Effect: Effect{Measure: egov.MeasureStaffTrained, ShareOfWhole: decimal.New(25, -2)}},
		Action{Key: "managers-briefing", Name: "Briefing of managers on the national platforms",
			NameCyrillic: "Упознавање руководилаца са националним платформама",
			Goals:        []egov.GoalKind{egov.GoalTrain, egov.GoalExpandServices}, Kind: KindTraining, Audience: TraineesManagers,
			Owner: OwnerTeam, Effort: pd(1)},
		Action{Key: "communication-plan", Name: "Plan for communication with citizens",
			NameCyrillic: "План комуникације са грађанима",
			Goals:        []egov.GoalKind{egov.GoalImproveCommunication}, Kind: KindMaterials, Owner: OwnerTeam, Effort: pd(2)},
		Action{Key: "communication-channels", Name: "Set up the channels of the communication plan",
			NameCyrillic: "Успостављање канала из плана комуникације",
			Goals:        []egov.GoalKind{egov.GoalImproveCommunication}, Kind: KindTechnicalSupport, Owner: OwnerMunicipality,
			Effort: pd(3), Prerequisites: []string{"communication-plan"}},
		Action{Key: "citizen-services-campaign", Name: "Campaign for the e-services citizens can use",
			NameCyrillic: "Кампања о електронским услугама за грађане",
			Goals:        []egov.GoalKind{egov.GoalPromote}, Kind: KindPromotion, Owner: OwnerMunicipality, Effort: pd(3)},
		Action{Key: "eservices-expansion", Name: "Build new e-services with the Service Generator",
			NameCyrillic: "Израда нових електронских услуга у Генератору услуга",
			Goals:        []egov.GoalKind{egov.GoalExpandServices}, Kind: KindTechnicalSupport, Owner: OwnerTeam, Effort: pd(5),
			Prerequisites: []string{"managers-briefing", "service-generator-onboarding"}},
	)
	return pb
}

// CompileDefaultPlaybook compiles DefaultPlaybook with the Serbian catalogue.
func CompileDefaultPlaybook() (*CompiledPlaybook, error) {
	return CompilePlaybook(DefaultPlaybook(), egov.SerbianCatalog())
}
