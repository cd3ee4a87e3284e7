package money

import "testing"

func TestParse(t *testing.T) {
	for in, want := range map[string]Money{
		"1850": 185000, "1850.5": 185050, "1,850.50": 185050, "$1,850.50": 185050,
		"$ 12,345,678.09": 1234567809, "0": 0, "0.01": 1,
	} {
		got, err := Parse(in)
		if err != nil || got != want {
			t.Errorf("Parse(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"-5", "$-5", "10.005", "1,85", "12,3456", "abc", "", "1.", ".5", "1e3", "$"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) accepted a bad amount", bad)
		}
	}
}

func TestFromFloat(t *testing.T) {
	for in, want := range map[float64]Money{150000: 15000000, 1850.5: 185050, 0.1: 10, 2500.55: 250055} {
		if got, err := FromFloat(in); err != nil || got != want {
			t.Errorf("FromFloat(%v) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []float64{-1, 10.005, 1e14} {
		if _, err := FromFloat(bad); err == nil {
			t.Errorf("FromFloat(%v) accepted a bad amount", bad)
		}
	}
}

func TestStringAndSum(t *testing.T) {
	if s := Sum(185000, 15000000, 5).String(); s != "$151,850.05" {
		t.Errorf("Sum.String() = %q", s)
	}
	if s := Money(0).String(); s != "$0.00" {
		t.Errorf("%q", s)
	}
}

func TestWords(t *testing.T) {
	for m, want := range map[Money]string{
		15185000:   "one hundred fifty-one thousand eight hundred fifty dollars and no cents",
		185050:     "one thousand eight hundred fifty dollars and fifty cents",
		101:        "one dollar and one cent",
		5:          "zero dollars and five cents",
		275000000:  "two million seven hundred fifty thousand dollars and no cents",
		100000099:  "one million dollars and ninety-nine cents",
		1200001500: "twelve million fifteen dollars and no cents",
	} {
		if got := m.Words(); got != want {
			t.Errorf("%s.Words() = %q, want %q", m, got, want)
		}
	}
}
