package maturity

import (
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/internal/enumtext"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// State says whether an indicator's value is known. Its zero value is
// StateUnknown.
type State uint8

// The states of a value.
const (
	StateUnknown       State = iota // not observed
	StateKnown                      // observed, from 0 to 1
	StateNotApplicable              // does not apply to this municipality
	numStates
)

// String returns "unknown", "known" or "not-applicable".
func (s State) String() string {
	return enumtext.Name(s, "State", "unknown", "known", "not-applicable")
}

// MarshalText implements encoding.TextMarshaler.
func (s State) MarshalText() ([]byte, error) { return enumtext.Marshal(s, numStates, "state") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *State) UnmarshalText(b []byte) error {
	if s == nil {
		return nilTarget("State")
	}
	return enumtext.Unmarshal(s, numStates, "state", b)
}

// A Value is an indicator's value: a known number from 0 to 1 with at most
// six decimal places, unknown, or not applicable. The zero Value is unknown.
// Values are comparable with ==.
type Value struct {
	micro int32 // the value in millionths, when known
	state State
}

// Known returns the known value d, or an error if d is outside 0…1 or has
// more than six decimal places.
func Known(d decimal.Decimal) (Value, error) {
	if err := exact.CheckDecimal(d); err != nil {
		return Value{}, fmt.Errorf("value: %w", err)
	}
	if p := exact.Places(d); p > MaxValuePlaces {
		return Value{}, fmt.Errorf("value %s has %d decimal places, more than %d", fmtDec(d), p, MaxValuePlaces)
	}
	if d.Sign() < 0 || d.GreaterThan(one()) {
		return Value{}, fmt.Errorf("value %s is outside 0…1", fmtDec(d))
	}
	return Value{micro: int32(exact.Units(d, MaxValuePlaces)), state: StateKnown}, nil
}

// ParseValue parses the text form of a value: a plain decimal from 0 to 1
// with at most six places ("0.85397"), "unknown", or "not-applicable".
func ParseValue(s string) (Value, error) {
	var v Value
	err := v.UnmarshalText([]byte(s))
	return v, err
}

// MustValue is ParseValue for literals known to be valid; it panics
// otherwise.
func MustValue(s string) Value {
	v, err := ParseValue(s)
	if err != nil {
		panic(err)
	}
	return v
}

// Unknown returns the unknown value (the zero Value).
func Unknown() Value { return Value{} }

// NotApplicable returns the value of an indicator that does not apply.
func NotApplicable() Value { return Value{state: StateNotApplicable} }

// Micro returns the known value v in millionths (0 to 1,000,000), for
// hot paths that build values from integers; see ValueFromMicro.
func (v Value) Micro() (int32, bool) { return v.micro, v.state == StateKnown }

// ValueFromMicro returns the known value n millionths, or an error if n is
// outside 0…1,000,000.
func ValueFromMicro(n int64) (Value, error) {
	if n < 0 || n > valueUnit {
		return Value{}, fmt.Errorf("value %d millionths is outside 0…1", n)
	}
	return Value{micro: int32(n), state: StateKnown}, nil
}

// State returns whether v is known, unknown or not applicable.
func (v Value) State() State { return v.state }

// Decimal returns the known value as a decimal, and false when v is not
// known.
func (v Value) Decimal() (decimal.Decimal, bool) {
	if v.state != StateKnown {
		return decimal.Decimal{}, false
	}
	return decimal.New(int64(v.micro), -MaxValuePlaces), true
}

// String returns the text form of v (see ParseValue).
func (v Value) String() string {
	switch v.state {
	case StateKnown:
		d, _ := v.Decimal()
		return fmtDec(d)
	case StateNotApplicable:
		return "not-applicable"
	default:
		return "unknown"
	}
}

// MarshalText implements encoding.TextMarshaler.
func (v Value) MarshalText() ([]byte, error) {
	if v.state >= numStates || v.micro < 0 || v.micro > valueUnit {
		return nil, fmt.Errorf("invalid value %d/%d", v.micro, v.state)
	}
	return []byte(v.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler (see ParseValue).
func (v *Value) UnmarshalText(b []byte) error {
	if v == nil {
		return nilTarget("Value")
	}
	switch string(b) {
	case "unknown":
		*v = Unknown()
		return nil
	case "not-applicable":
		*v = NotApplicable()
		return nil
	}
	d, err := exact.ParseDecimal(string(b))
	if err != nil {
		return fmt.Errorf("invalid value %s: want a number from 0 to 1, \"unknown\" or \"not-applicable\"", strconv.Quote(string(b)))
	}
	known, err := Known(d)
	if err != nil {
		return err
	}
	*v = known
	return nil
}
