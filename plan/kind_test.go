package plan_test

import (
	"encoding/json"
	"testing"

	"github.com/digitaldistrict/egovkit/plan"
)

// The renamed enums keep their old names as aliases for a release, and
// their JSON names.
func TestRenamedEnumsKeepTheirOldNames(t *testing.T) {
	var old plan.Audience = plan.AudienceEIDOfficers                                //nolint:staticcheck // the deprecated names must still compile
	if old != plan.TraineesEIDOfficers || plan.AudienceNone != plan.TraineesNone || //nolint:staticcheck // as above
		plan.AudienceStaff != plan.TraineesStaff || plan.AudienceManagers != plan.TraineesManagers { //nolint:staticcheck // as above
		t.Error("the old Audience names are not the Trainees values")
	}
	if plan.KindUnspecified != plan.ActionKindUnspecified { //nolint:staticcheck // as above
		t.Error("KindUnspecified is not ActionKindUnspecified")
	}
	for _, c := range []struct {
		v    plan.Trainees
		want string
	}{{plan.TraineesNone, "none"}, {plan.TraineesStaff, "staff"}, {plan.TraineesEIDOfficers, "eid-registration-officers"},
		{plan.TraineesManagers, "managers"}} {
		data, err := json.Marshal(c.v)
		if err != nil || string(data) != `"`+c.want+`"` {
			t.Errorf("%d marshals as %s, %v; want %q", c.v, data, err, c.want)
		}
		var back plan.Trainees
		if err := json.Unmarshal(data, &back); err != nil || back != c.v {
			t.Errorf("%s reads back as %d, %v", data, back, err)
		}
	}
	if plan.ActionKindUnspecified.String() != "unspecified" || plan.ActionKindUnspecified.IsValid() {
		t.Error("the zero kind reads wrong or is valid")
	}
}
