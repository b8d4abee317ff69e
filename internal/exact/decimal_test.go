package exact_test

import (
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/internal/exact"
)

func TestParseDecimal(t *testing.T) {
	good := map[string]string{"0": "0", "12": "12", "-0.5": "-0.5", "3.250": "3.25", "007": "7", "1.000": "1"}
	for in, want := range good {
		d, err := exact.ParseDecimal(in)
		if err != nil {
			t.Errorf("ParseDecimal(%q): %v", in, err)
			continue
		}
		if got := exact.FormatDecimal(d); got != want {
			t.Errorf("FormatDecimal(ParseDecimal(%q)) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"", "-", ".5", "5.", "1e3", "+1", " 1", "1 ", "0x10", "1.2.3", "NaN", "1234567890123456789012345678901"} {
		if _, err := exact.ParseDecimal(in); err == nil {
			t.Errorf("ParseDecimal(%q) accepted", in)
		}
	}
}

func TestFormatParseRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		coef := rapid.Int64().Draw(t, "coef")
		exp := rapid.Int32Range(-12, 6).Draw(t, "exp")
		d := decimal.New(coef, exp)
		if exact.CheckDecimal(d) != nil {
			t.Skip("too many digits")
		}
		s := exact.FormatDecimal(d)
		back, err := exact.ParseDecimal(s)
		if err != nil {
			t.Fatalf("ParseDecimal(%q): %v", s, err)
		}
		if back.Cmp(d) != 0 {
			t.Fatalf("%s → %q → %s", d, s, back)
		}
		if exact.Digits(d) != len(digitsOnly(s)) {
			t.Fatalf("Digits(%s) = %d, text %q", d, exact.Digits(d), s)
		}
	})
}

func digitsOnly(s string) string {
	out := []byte{}
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			out = append(out, s[i])
		}
	}
	return string(out)
}

func TestCheckDecimalRefusesHugeNumbers(t *testing.T) {
	if exact.CheckDecimal(decimal.New(1, 40)) == nil {
		t.Error("1e40 accepted")
	}
	if exact.CheckDecimal(decimal.New(1, -40)) == nil {
		t.Error("1e-40 accepted")
	}
	if err := exact.CheckDecimal(decimal.NewFromBigInt(big.NewInt(1500), -2)); err != nil {
		t.Error(err)
	}
}

func TestSmallUnits(t *testing.T) {
	cases := map[string]struct {
		units int64
		ok    bool
	}{"1": {100, true}, "2.5": {250, true}, "0.01": {1, true}, "1.500": {150, true}, "0.001": {0, false},
		"-3": {-300, true}, "1000000000000000": {0, false}, "123456789012345": {12345678901234500, true}}
	for in, want := range cases {
		d, _ := exact.ParseDecimal(in)
		units, ok := exact.SmallUnits(d, 2)
		if ok != want.ok || ok && units != want.units {
			t.Errorf("SmallUnits(%s) = %d, %v; want %d, %v", in, units, ok, want.units, want.ok)
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		d := decimal.New(rapid.Int64Range(-1e12, 1e12).Draw(t, "coef"), rapid.Int32Range(-4, 3).Draw(t, "exp"))
		units, ok := exact.SmallUnits(d, 2)
		if ok && decimal.New(units, -2).Cmp(d) != 0 {
			t.Fatalf("SmallUnits(%s) = %d", d, units)
		}
		if !ok && d.Exponent() >= -2 && d.Exponent() <= 1 {
			t.Fatalf("SmallUnits(%s) refused a small value", d)
		}
	})
}

func TestExtremeExponents(t *testing.T) {
	for _, d := range []decimal.Decimal{decimal.New(1, math.MaxInt32), decimal.New(1, math.MinInt32),
		decimal.New(-7, math.MinInt32), decimal.New(0, math.MinInt32)} {
		_ = exact.Places(d)
		_ = exact.Digits(d)
		if exact.CheckDecimal(d) == nil {
			t.Errorf("CheckDecimal(%de%d) accepted", d.CoefficientInt64(), d.Exponent())
		}
		s := exact.FormatDecimal(d)
		if len(s) > 40 {
			t.Errorf("FormatDecimal wrote %d bytes", len(s))
		}
	}
}

func TestRoundKnownValues(t *testing.T) {
	cases := []struct {
		r                string
		places           int32
		halfUp, halfEven string
	}{
		{"1/8", 2, "0.13", "0.12"},    // 0.125
		{"27/200", 2, "0.14", "0.14"}, // 0.135
		{"-1/8", 2, "-0.13", "-0.12"}, // ties away from zero, or to even
		{"5/2", 0, "3", "2"},          // 2.5
		{"7/2", 0, "4", "4"},          // 3.5
		{"1/3", 6, "0.333333", "0.333333"},
		{"2/3", 6, "0.666667", "0.666667"},
		{"1/8", -1, "0", "0"}, // a negative places counts as 0
	}
	for _, tc := range cases {
		r, _ := new(big.Rat).SetString(tc.r)
		for _, even := range []bool{false, true} {
			want := tc.halfUp
			if even {
				want = tc.halfEven
			}
			if got := exact.Round(r, tc.places, even); got.String() != want {
				t.Errorf("Round(%s, %d, halfEven %v) = %s, want %s", tc.r, tc.places, even, got, want)
			}
		}
	}
}

// TestQuoUnitsDoesNotWrap: a quotient beyond 64 bits comes back whole.
func TestQuoUnitsDoesNotWrap(t *testing.T) {
	got := exact.QuoUnits(exact.MustDecimal("2305843009213693951"), exact.MustDecimal("1000"), 6, false)
	if want, _ := new(big.Int).SetString("2305843009213693951000", 10); got.Cmp(want) != 0 || got.IsInt64() {
		t.Errorf("QuoUnits = %s, want %s", got, want)
	}
	if got := exact.QuoUnits(exact.MustDecimal("5"), exact.MustDecimal("2000000"), 6, true); got.Int64() != 2 {
		t.Errorf("QuoUnits half-even of 0.0000025 = %s millionths, want 2", got)
	}
	if got := exact.QuoUnits(exact.MustDecimal("5"), exact.MustDecimal("2000000"), 6, false); got.Int64() != 3 {
		t.Errorf("QuoUnits half-up of 0.0000025 = %s millionths, want 3", got)
	}
}

func TestUnits(t *testing.T) {
	cases := []struct {
		d      decimal.Decimal
		places int32
		want   int64
		exact  bool
	}{
		{exact.MustDecimal("1.5"), 6, 1_500_000, true},
		{exact.MustDecimal("-0.25"), 2, -25, true},
		{exact.MustDecimal("0.001"), 2, 0, false}, // more places than asked: Units truncates
		{exact.MustDecimal("-1.239"), 2, -123, false},
		{exact.MustDecimal("9223372036854.775807"), 6, math.MaxInt64, true},
		{exact.MustDecimal("9223372036854.775808"), 6, math.MaxInt64, false}, // one past: saturates, no wrap
		{exact.MustDecimal("-9223372036854.775808"), 6, math.MinInt64, true},
		{exact.MustDecimal("2305843009213693951000"), 6, math.MaxInt64, false},
		{exact.MustDecimal("-2305843009213693951000"), 6, math.MinInt64, false},
		{decimal.New(1, math.MaxInt32), 6, math.MaxInt64, false},
		{decimal.New(-7, math.MaxInt32), 0, math.MinInt64, false},
		{decimal.New(1, math.MinInt32), 6, 0, false},
		{decimal.New(0, math.MinInt32), 6, 0, true},
		{decimal.New(0, math.MaxInt32), 6, 0, true},
	}
	for _, tc := range cases {
		if got := exact.Units(tc.d, tc.places); got != tc.want {
			t.Errorf("Units(%s, %d) = %d, want %d", exact.FormatDecimal(tc.d), tc.places, got, tc.want)
		}
		got, ok := exact.CheckedUnits(tc.d, tc.places)
		if ok != tc.exact || ok && got != tc.want {
			t.Errorf("CheckedUnits(%s, %d) = %d, %v; want %d, %v", exact.FormatDecimal(tc.d), tc.places, got, ok, tc.want, tc.exact)
		}
	}
	if _, ok := exact.CheckedUnits(exact.MustDecimal("1"), -1); ok {
		t.Error("CheckedUnits accepted negative places")
	}
}

// TestUnitsMatchesBigArithmetic: Units is d × 10^places truncated, or
// saturated when it does not fit.
func TestUnitsMatchesBigArithmetic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		coef := rapid.Int64().Draw(t, "coef")
		exp := rapid.Int32Range(-30, 30).Draw(t, "exp")
		places := rapid.Int32Range(0, 8).Draw(t, "places")
		d := decimal.New(coef, exp)
		r := new(big.Rat).Mul(exact.Rat(d), new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)))
		want := new(big.Int).Quo(r.Num(), r.Denom()) // truncates toward zero
		if !want.IsInt64() {
			if want.Sign() > 0 {
				want.SetInt64(math.MaxInt64)
			} else {
				want.SetInt64(math.MinInt64)
			}
		}
		if got := exact.Units(d, places); got != want.Int64() {
			t.Fatalf("Units(%s, %d) = %d, want %s", d, places, got, want)
		}
	})
}

// TestSmallUnitsOfAZeroWithAHugeExponent: a zero written with an exponent
// of math.MinInt32 once took two billion turns of a loop (six seconds).
func TestSmallUnitsOfAZeroWithAHugeExponent(t *testing.T) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		if n, ok := exact.SmallUnits(decimal.New(0, math.MinInt32), 2); !ok || n != 0 {
			t.Errorf("SmallUnits(0e-2147483648) = %d, %v", n, ok)
		}
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
		t.Fatal("SmallUnits of a zero with a huge exponent takes more than a second")
	}
}
