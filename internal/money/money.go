package money

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Money is an amount in U.S. cents.
type Money int64

// Parse reads "1850", "1850.5", "1,850.50" or "$1,850.50". It rejects
// negative amounts and more than two decimals: a sum certain cannot be
// $10.005.
func Parse(s string) (Money, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimPrefix(t, "$")
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "-") || strings.HasPrefix(s, "-") {
		return 0, errors.New("must not be negative")
	}
	if strings.Contains(t, ",") {
		// Commas must group thousands: 1,850 or 12,345,678.
		whole, _, _ := strings.Cut(t, ".")
		groups := strings.Split(whole, ",")
		for i, g := range groups {
			if (i == 0 && (len(g) < 1 || len(g) > 3)) || (i > 0 && len(g) != 3) {
				return 0, fmt.Errorf("%q has misplaced thousands separators", s)
			}
		}
		t = strings.ReplaceAll(t, ",", "")
	}
	whole, frac, hasDot := strings.Cut(t, ".")
	if whole == "" || !digits(whole) || (hasDot && (!digits(frac) || frac == "")) {
		return 0, fmt.Errorf("%q is not an amount of money: write a number such as 1850.50 or \"$1,850.50\"", s)
	}
	if len(frac) > 2 {
		return 0, fmt.Errorf("%q has more than two decimals; amounts are dollars and cents", s)
	}
	if len(whole) > 13 {
		return 0, fmt.Errorf("%q is too large", s)
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not an amount of money", s)
	}
	for len(frac) < 2 {
		frac += "0"
	}
	c, _ := strconv.ParseInt(frac, 10, 64)
	return Money(w*100 + c), nil
}

// FromFloat converts a number decoded from YAML, TOML or JSON. It rejects
// values with more than two decimals rather than rounding them away.
func FromFloat(f float64) (Money, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, errors.New("is not a number")
	}
	if f < 0 {
		return 0, errors.New("must not be negative")
	}
	if f >= 1e13 {
		return 0, errors.New("is too large")
	}
	// The shortest decimal that round-trips is what the user typed.
	return Parse(strconv.FormatFloat(f, 'f', -1, 64))
}

// Cents returns the amount in cents.
func (m Money) Cents() int64 { return int64(m) }

// IsZero reports whether the amount is zero.
func (m Money) IsZero() bool { return m == 0 }

// String formats the amount as "$1,850.00".
func (m Money) String() string {
	return "$" + m.Plain()
}

// Plain formats the amount as "1,850.00", without the dollar sign.
func (m Money) Plain() string {
	c := int64(m)
	neg := c < 0
	if neg {
		c = -c
	}
	whole := strconv.FormatInt(c/100, 10)
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	s := fmt.Sprintf("%s.%02d", b.String(), c%100)
	if neg {
		s = "-" + s
	}
	return s
}

// Sum adds amounts.
func Sum(ms ...Money) Money {
	var t Money
	for _, m := range ms {
		t += m
	}
	return t
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
