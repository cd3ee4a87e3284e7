package casefile

import (
	"reflect"
	"testing"
)

func TestSuggest(t *testing.T) {
	known := infoOf(reflect.TypeFor[Claimant]()).keys
	tests := map[string]string{
		"date_of_brith":  "date_of_birth",
		"Date-Of-Birth":  "date_of_birth",
		"adress":         "address",
		"langauge":       "language",
		"emplyment":      "employment",
		"anumber":        "a_number",
		"nmae":           "name",
		"favourite_food": "",
		"x":              "",
	}
	for in, want := range tests {
		if got := suggest(in, known); got != want {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOSADistance(t *testing.T) {
	tests := []struct {
		a, b string
		d    int
	}{
		{"", "", 0}, {"abc", "abc", 0}, {"ab", "ba", 1}, {"brith", "birth", 1},
		{"kitten", "sitting", 3}, {"", "abc", 3}, {"é", "e", 1},
	}
	for _, tt := range tests {
		if got := osaDistance(tt.a, tt.b); got != tt.d {
			t.Errorf("osaDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.d)
		}
	}
}
