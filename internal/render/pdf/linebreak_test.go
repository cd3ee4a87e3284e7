package pdf

import (
	"math"
	"strings"
	"testing"
	"time"

	"redress/internal/doc"
)

func testTypesetter(t testing.TB) typesetter {
	t.Helper()
	w, err := loadWidths()
	if err != nil {
		t.Fatal(err)
	}
	return typesetter{w: w}
}

// lineText is the text a line draws, with a space for every gap.
func lineText(l line) string {
	var b strings.Builder
	for _, a := range l.atoms {
		for _, r := range a.runs {
			b.WriteString(r.text)
		}
	}
	return b.String()
}

func breakAt(t *testing.T, spans []doc.Span, width float64) []line {
	ts := testTypesetter(t)
	return ts.breakLines(ts.atoms(spans, textStyle{size: 12}), 12,
		func(int) (float64, float64) { return 0, width })
}

// TestLinesFit breaks one paragraph at many widths: no line is wider than
// the width, no word is lost or split, and a justified line ends exactly
// at the right edge.
func TestLinesFit(t *testing.T) {
	text := "Plaintiff Nguyễn Văn Ân brings this action under 28 U.S.C. § 1346(b) against the United States, " + filler
	want := strings.Fields(text)
	// From the width of the longest word up: narrower lines cut words,
	// which TestLongWordCut covers.
	for width := 80.0; width <= 470; width += 13 {
		lines := breakAt(t, []doc.Span{doc.T(text)}, width)
		var got []string
		for i, l := range lines {
			if l.w > width+lineEpsilon {
				t.Errorf("width %.0f: line %d is %.2f wide", width, i, l.w)
			}
			got = append(got, strings.Fields(lineText(l))...)
			items := l.place(doc.Justify)
			last := items[len(items)-1]
			end := last.x + last.w
			if !l.hard && strings.Contains(lineText(l), " ") && math.Abs(end-width) > 1e-6 {
				t.Errorf("width %.0f: justified line %d ends at %.4f", width, i, end)
			}
			if l.hard && end > width+lineEpsilon {
				t.Errorf("width %.0f: last line overflows", width)
			}
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Fatalf("width %.0f: words changed:\n%q\n%q", width, got, want)
		}
	}
}

// TestLongWordCut cuts a word wider than the line between characters,
// keeping each base character with its combining marks.
func TestLongWordCut(t *testing.T) {
	// x with dot below and circumflex has no precomposed form: NFC keeps
	// the marks, and a cut must not separate them.
	word := strings.Repeat("abcx\u0323\u0302", 30)
	lines := breakAt(t, []doc.Span{doc.T("Before " + word + " after")}, 100)
	var joined strings.Builder
	for i, l := range lines {
		if l.w > 100+lineEpsilon {
			t.Errorf("line %d is %.2f wide", i, l.w)
		}
		s := lineText(l)
		if strings.HasPrefix(s, "\u0323") || strings.HasPrefix(s, "\u0302") {
			t.Errorf("line %d starts with a combining mark: %q", i, s)
		}
		joined.WriteString(s)
		joined.WriteString("|")
	}
	if got := strings.ReplaceAll(joined.String(), "|", ""); !strings.Contains(got, word) {
		t.Errorf("cut word does not rejoin: %q", joined.String())
	}
}

// TestBreakOpportunities: lines break at spaces and Break spans only; a
// no-break space and a change of style inside a word hold.
func TestBreakOpportunities(t *testing.T) {
	spans := []doc.Span{doc.T("See 28 U.S.C.\u00a0§\u00a02674 and "), doc.B("Smith"), doc.T(", Esq."),
		doc.BR(), doc.T("New line")}
	for width := 120.0; width < 300; width += 7 {
		lines := breakAt(t, spans, width)
		for _, l := range lines {
			s := lineText(l)
			if strings.HasSuffix(s, "U.S.C.") || strings.HasPrefix(s, "§") || strings.HasPrefix(s, ", Esq.") {
				t.Errorf("width %.0f: broke inside a word: %q", width, s)
			}
		}
		if s := lineText(lines[len(lines)-1]); s != "New line" && !strings.HasSuffix(s, "line") {
			t.Errorf("width %.0f: Break ignored; last line %q", width, s)
		}
	}
	lines := breakAt(t, spans, 1000)
	if len(lines) != 2 || !lines[0].hard || !lines[1].hard {
		t.Fatalf("want two hard lines at width 1000, got %d", len(lines))
	}
}

// TestRunsMerge: a plain line is drawn as one text item, and a style
// change starts a new one at the right position.
func TestRunsMerge(t *testing.T) {
	ts := testTypesetter(t)
	lines := breakAt(t, []doc.Span{doc.T("Dear "), doc.B("Zoë"), doc.T(" O'Brien:")}, 500)
	items := lines[0].place(doc.Left)
	if len(items) != 3 {
		t.Fatalf("want 3 items (regular, bold, regular), got %d: %+v", len(items), items)
	}
	if items[1].face != bold || items[1].text != "Zoë" {
		t.Errorf("middle item %+v", items[1])
	}
	if want := ts.w.width(regular, 12, "Dear "); math.Abs(items[1].x-want) > 1e-9 {
		t.Errorf("bold run at %.3f, want %.3f", items[1].x, want)
	}
}

func TestCleanText(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                "plain",
		"Nguye\u0302\u0303n":   "Nguyễn", // NFD to NFC
		"tab\there":            "tab here",
		"a\r\nb\rc":            "a\nb\nc",
		"emoji \U0001F600":     "emoji ?",
		"bell\x07":             "bell?",
		"bad \xff byte":        "bad ? byte",
		"real \uFFFD":          "real ?", // Liberation Serif has no U+FFFD
		"CJK \u4E2D":           "CJK ?",
		"Smith & <Sons> {{x}}": "Smith & <Sons> {{x}}",
		"RLO \u202Eabc\u202C":  "RLO ?abc?", // explicit directional formatting is not applied
		"\u2066LRI\u2069":      "?LRI?",
		"שרה\u200F":            "שרה\u200F", // an implicit mark is kept for the bidi rules
	} {
		if got := cleanText(in); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", in, got, want)
		}
	}
	if got := cleanMeta("a\nb\U0001F600\uFFFD\xff"); got != "a b?\uFFFD?" {
		t.Errorf("cleanMeta = %q", got)
	}
}

// TestCutIsLinear cuts a 200,000-character word into narrow lines; a
// cut that re-measured the rest of the word each time would take minutes.
func TestCutIsLinear(t *testing.T) {
	word := strings.Repeat("m", 200000)
	start := time.Now()
	lines := breakAt(t, []doc.Span{doc.T(word)}, 30)
	n := 0
	for _, l := range lines {
		n += len(lineText(l))
		if l.w > 30+lineEpsilon {
			t.Fatalf("line %.2f wide", l.w)
		}
	}
	if n != len(word) {
		t.Errorf("lines hold %d characters, want %d", n, len(word))
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("cutting took %v", d)
	}
}
