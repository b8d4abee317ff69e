package plan

import (
	"fmt"
	"strconv"

	"github.com/digitaldistrict/egovkit/egov"
)

// problems collects the problems of one input for an *egov.ValidationError.
type problems struct {
	list []egov.Problem
}

func (ps *problems) add(path, value, format string, args ...any) {
	ps.list = append(ps.list, egov.Problem{Path: path, Value: value, Reason: fmt.Sprintf(format, args...)})
}

func (ps *problems) err(subject string) error {
	if len(ps.list) == 0 {
		return nil
	}
	return &egov.ValidationError{Subject: subject, Problems: ps.list}
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }
