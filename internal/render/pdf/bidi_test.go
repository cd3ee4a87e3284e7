package pdf

import (
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/bidi"

	"redress/internal/fonts"
)

// conformance holds cases in the form of the Unicode conformance file
// BidiCharacterTest.txt: the code points of a paragraph, the resolved
// level of each ("x" for a character rule X9 removes) and the visual order
// of the characters that remain. All are left-to-right paragraphs with no
// explicit formatting characters, the kind we lay out, and none ends in
// white space (rule L1 at the end of a line is placeVisual's). Each was
// also worked through by hand against the rules named.
var conformance = []struct {
	rule, chars, levels, order string
}{
	{"L2", "0061 0028 05D0 0029", "0 0 1 0", "0 1 2 3"},
	{"L2", "0061 0028 0029 05D0", "0 0 0 1", "0 1 2 3"},
	{"N0 L inside", "0028 0061 05D0 0029", "0 0 1 0", "0 1 2 3"},
	{"N0 R inside, L before", "0028 05D0 0029 0028 0029 0061", "0 1 0 0 0 0", "0 1 2 3 4 5"},
	{"N0 nested", "05D0 0028 0028 05D1 0029 0061 0029 2680", "1 0 0 1 0 0 0 0", "0 1 2 3 4 5 6 7"},
	{"N0 N1", "0028 2680 0029 05D0 005B 0061 05D1 005D", "0 0 0 1 0 0 1 0", "0 1 2 3 4 5 6 7"},
	{"N0 empty pair", "0028 05D0 0029 0061 05D1 005B 005D 05D2", "0 1 0 0 1 1 1 1", "0 1 2 3 7 6 5 4"},
	{"N0 N1", "0028 005B 2680 005D 05D0 2681 0029 05D1", "0 0 0 0 1 0 0 1", "0 1 2 3 4 5 6 7"},
	{"N0 R inside, R before", "05D0 0028 05D1 0029 0331", "1 1 1 1 1", "4 3 2 1 0"},
	{"N0 marks", "05D0 0028 0332 05D1 0029 0333", "1 1 1 1 1 1", "5 4 3 2 1 0"},
	{"N0 AN as R", "0661 0028 0662 0029 0331", "2 1 2 1 1", "4 3 2 1 0"},
	{"N0 AN marks", "0661 0028 0332 0662 0029 0333", "2 1 1 2 1 1", "5 4 3 2 1 0"},
	{"N0 RLM before, BN", "0041 200F 005B 05D0 005D 200D 20D6", "0 1 1 1 1 x 1", "0 6 4 3 2 1"},
	{"W2 W7", "0661 002D 0031", "2 0 0", "0 1 2"},
	{"W7 W3", "0031 0661 0028 0627 0029", "0 2 1 1 1", "0 4 3 2 1"},
	{"W2 W4", "062A 0031 002F 0032", "1 2 2 2", "1 2 3 0"},
	{"W4", "0028 05D0 0029 0020 0031 002E 0032", "0 1 0 0 2 2 2", "0 1 2 3 4 5 6"},
	{"W2 W4", "0028 0627 0029 0020 0031 002E 0032", "0 1 0 0 2 2 2", "0 1 2 3 4 5 6"},
	{"W6 N0", "002B 0661 0028 0662 0029", "0 2 1 2 1", "0 4 3 2 1"},
	{"W5 W6", "0025 0661 0028 0662 0029", "0 2 1 2 1", "0 4 3 2 1"},
	{"N1", "0661 0020 0028 0662 0029", "2 1 1 2 1", "4 3 2 1 0"},
	{"N0 L inside", "0627 0628 062C 0020 0062 006F 006F 006B 0028 0073 0029", "1 1 1 0 0 0 0 0 0 0 0", "2 1 0 3 4 5 6 7 8 9 10"},
}

func parseHex(t *testing.T, s string) []rune {
	t.Helper()
	var rs []rune
	for _, f := range strings.Fields(s) {
		v, err := strconv.ParseUint(f, 16, 32)
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, rune(v))
	}
	return rs
}

func TestResolveLevels(t *testing.T) {
	for _, c := range conformance {
		runes := parseHex(t, c.chars)
		levels := resolveLevels(runes)
		want := strings.Fields(c.levels)
		var got []string
		kept := make([]bool, len(runes))
		for i, l := range levels {
			if want[i] == "x" {
				got = append(got, "x")
				continue
			}
			kept[i] = true
			got = append(got, strconv.Itoa(int(l)))
		}
		if strings.Join(got, " ") != c.levels {
			t.Errorf("%s %s: levels %s, want %s", c.rule, c.chars, strings.Join(got, " "), c.levels)
			continue
		}
		var order []string
		for _, i := range visualOrder(levels) {
			if kept[i] {
				order = append(order, strconv.Itoa(i))
			}
		}
		if strings.Join(order, " ") != c.order {
			t.Errorf("%s %s: order %s, want %s", c.rule, c.chars, strings.Join(order, " "), c.order)
		}
	}
}

// TestReorderExamples are the examples of UAX #9's section on reordering
// resolved levels that need no explicit formatting, with Hebrew for the
// standard's capitals (right-to-left letters): "car means CAR." is shown
// as "car means RAC.".
func TestReorderExamples(t *testing.T) {
	for in, want := range map[string]string{
		"car means אבג.":     "car means גבא.",
		"אבג 12 דה":          "הד 12 גבא",          // a number inside right-to-left text stays left to right
		"אבג abc דה":         "גבא abc הד",         // Latin text between: the Hebrew words keep their places
		"שרה כהן":            "ןהכ הרש",            // the first letter drawn rightmost
		"Client: שרה (כהן).": "Client: (ןהכ) הרש.", // brackets mirrored; the full stop is the paragraph's
	} {
		runes := []rune(in)
		levels := resolveLevels(runes)
		var b strings.Builder
		for _, i := range visualOrder(levels) {
			r := runes[i]
			if levels[i]%2 == 1 {
				r = mirror(r)
			}
			b.WriteRune(r)
		}
		if got := b.String(); got != want {
			t.Errorf("%q is shown as %q, want %q", in, got, want)
		}
	}
}

// TestMirrorPairs checks the mirror table against x/text's paired
// brackets and against the font: every bracket the font has is in it,
// every pair is in the font both ways, and mirrored characters are as
// wide as what they replace in every face (place does not re-measure).
func TestMirrorPairs(t *testing.T) {
	ts := testTypesetter(t)
	n := 0
	for r := rune(0x20); r < 0x10000; r++ {
		if !fonts.Covers(r) {
			continue
		}
		m := mirror(r)
		if p, _ := bidi.LookupRune(r); p.IsBracket() && m != pairedBracket(r) {
			t.Errorf("bracket %q (%U): mirror %q, want %q", r, r, m, pairedBracket(r))
		}
		if m == r {
			continue
		}
		n++
		if mirror(m) != r || !fonts.Covers(m) {
			t.Errorf("%q (%U) mirrors to %q, which does not mirror back or is not in the font", r, r, m)
		}
		for f := face(0); f < numFaces; f++ {
			if a, b := ts.w.width(f, 12, string(r)), ts.w.width(f, 12, string(m)); a != b {
				t.Errorf("face %d: %q is %.3f wide, its mirror %q %.3f", f, r, a, m, b)
			}
		}
	}
	if n != 14 {
		t.Errorf("%d mirrored characters, want the 14 of the table", n)
	}
}

// BenchmarkResolveLevels is a long mixed paragraph.
func BenchmarkResolveLevels(b *testing.B) {
	runes := []rune(strings.Repeat("The claim of שרה כהן (2), 12 Main St., was filed. ", 40))
	for b.Loop() {
		resolveLevels(runes)
	}
	b.ReportMetric(float64(len(runes)), "runes")
}
