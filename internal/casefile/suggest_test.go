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
