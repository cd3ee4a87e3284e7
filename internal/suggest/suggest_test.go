package suggest

import (
	"strings"
	"testing"
)

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "abc", 0}, {"", "abc", 3}, {"brith", "birth", 1}, {"Nmae", "Name", 1},
		{"kitten", "sitting", 3}, {"ca", "abc", 3}, {"Nguyễn", "Nguyen", 1},
		{strings.Repeat("a", 300), strings.Repeat("a", 300), 0}, {strings.Repeat("a", 300), strings.Repeat("b", 300), 1 << 20},
	} {
		if got := Distance(c.a, c.b); got != c.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
		if got := Distance(c.b, c.a); got != c.want {
			t.Errorf("Distance(%q, %q) = %d, want %d (symmetric)", c.b, c.a, got, c.want)
		}
	}
}

func TestNearest(t *testing.T) {
	known := []string{"Name", "Address", "Damages", "DateOfBirth"}
	for _, c := range []struct{ word, want string }{
		{"Nmae", "Name"}, {"name", "Name"}, {"Adress", "Address"}, {"Totally", ""}, {"DateOfBrith", "DateOfBirth"},
	} {
		if got := Nearest(c.word, known, nil); got != c.want {
			t.Errorf("Nearest(%q) = %q, want %q", c.word, got, c.want)
		}
	}
	if got := Nearest("NAME", known, strings.ToLower); got != "Name" {
		t.Errorf("folded: %q", got)
	}
	if got := Nearest("ab", []string{"ax", "ay"}, nil); got != "ax" {
		t.Errorf("tie: %q, want the first", got)
	}
}
