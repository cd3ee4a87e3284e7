package pdf

import (
	"slices"
	"strings"
	"testing"

	"redress/internal/doc"
)

func TestReverseText(t *testing.T) {
	for in, want := range map[string]string{
		"כהן":   "ןהכ",
		"(כהן)": "(ןהכ)",
		"a<b":   "b>a",
		// Points stay after the letter they belong to: shin with qamats
		// and sin dot, resh with qamats, he.
		"ש\u05B8\u05C2ר\u05B8ה": "הר\u05B8ש\u05B8\u05C2",
		"\u05B8א":               "א\u05B8", // a stray mark first stays with nothing before it
	} {
		if got := reverseText(in); got != want {
			t.Errorf("reverseText(%+q) = %+q, want %+q", in, got, want)
		}
	}
}

// drawn is what a line draws, in visual order, with the x of each item.
func drawn(items []item) (text string, xs []float64) {
	var b strings.Builder
	for _, it := range items {
		if it.kind == itemText {
			b.WriteString(it.text)
			xs = append(xs, it.x)
		}
	}
	return b.String(), xs
}

// TestBreakThenReorder: lines are broken in logical order and reordered
// each on its own. The mixed line of a letter, wide and wrapped.
func TestBreakThenReorder(t *testing.T) {
	spans := []doc.Span{doc.T("Client: שרה כהן, 12 Main St.")}
	wide := breakAt(t, spans, 500)
	if len(wide) != 1 {
		t.Fatalf("%d lines at width 500", len(wide))
	}
	// By hand: "שרה כהן, 12" is at level 1 (the comma and space between
	// Hebrew and a number resolve to R, N1) with "12" at level 2, so the
	// whole is reversed and the number read left to right again.
	if got, _ := drawn(wide[0].place(doc.Left)); got != "Client: 12 ,ןהכ הרש Main St." {
		t.Errorf("one line draws %q", got)
	}
	ts := testTypesetter(t)
	w := ts.w.width(regular, 12, "Client: שרה כהן,") + 1
	narrow := breakAt(t, spans, w)
	var got []string
	for _, l := range narrow {
		s, _ := drawn(l.place(doc.Left))
		got = append(got, s)
	}
	if want := []string{"Client: ,ןהכ הרש", "12 Main St."}; !slices.Equal(got, want) {
		t.Errorf("at width %.1f the lines draw %q, want %q", w, got, want)
	}
}

// TestJustifiedRightToLeft: a justified line with Hebrew on it still ends
// at the right edge, its items do not overlap, and its gaps are
// stretched.
func TestJustifiedRightToLeft(t *testing.T) {
	text := strings.Repeat("The claim of שרה כהן (2) was filed on time, ", 8)
	for width := 150.0; width < 450; width += 37 {
		for _, l := range breakAt(t, []doc.Span{doc.T(text)}, width) {
			items := l.place(doc.Justify)
			end := 0.0
			for _, it := range items {
				if it.x < end-1e-6 {
					t.Errorf("width %.0f: item %q at %.3f overlaps the one before (ends %.3f)", width, it.text, it.x, end)
				}
				end = it.x + it.w
			}
			if !l.hard && (end < width-1e-6 || end > width+1e-6) {
				t.Errorf("width %.0f: justified line %q ends at %.4f", width, lineText(l), end)
			}
		}
	}
}

// TestInvisibleMarks: the marks steer the levels and are not drawn
// (Liberation Serif has visible glyphs for them); the zero-width space,
// joiner and non-joiner are not drawn either.
func TestInvisibleMarks(t *testing.T) {
	lines := breakAt(t, []doc.Span{doc.T("a\u200Eb\u200Bc\u200Dd\u200Ce")}, 500)
	if got, _ := drawn(lines[0].place(doc.Left)); got != "abcde" {
		t.Errorf("drawn %+q", got)
	}
	// A right-to-left mark after the exclamation mark puts it between two
	// right-to-left characters: it joins the Hebrew run, at its left end.
	// Without it, it is between Hebrew and the end of the paragraph, so
	// left to right, after the Hebrew.
	for in, want := range map[string]string{
		"abc שרה!":       "abc הרש!",
		"abc שרה!\u200F": "abc !הרש",
	} {
		lines := breakAt(t, []doc.Span{doc.T(in)}, 500)
		if got, _ := drawn(lines[0].place(doc.Left)); got != want {
			t.Errorf("%+q draws %q, want %q", in, got, want)
		}
	}
}

// TestBreakEndsBidiParagraph: a Break (or a newline) ends a bidi
// paragraph, as a line separator does in a word processor's paragraph: a
// neutral before it does not look past it.
func TestBreakEndsBidiParagraph(t *testing.T) {
	lines := breakAt(t, []doc.Span{doc.T("שרה כהן,"), doc.BR(), doc.T("כהן")}, 500)
	var got []string
	for _, l := range lines {
		s, _ := drawn(l.place(doc.Left))
		got = append(got, s)
	}
	// The comma is between R and the end of the paragraph (L): L.
	if want := []string{"ןהכ הרש,", "ןהכ"}; !slices.Equal(got, want) {
		t.Errorf("lines draw %q, want %q", got, want)
	}
}

// TestPageFieldInRightToLeft: a page number after Hebrew is a number at
// level 2, drawn in its slot as a whole.
func TestPageFieldInRightToLeft(t *testing.T) {
	ts := testTypesetter(t)
	spans := []doc.Span{doc.T("עמוד "), {Kind: doc.PageNumber}}
	lines := ts.breakLines(ts.atoms(spans, textStyle{size: 12}), 12, func(int) (float64, float64) { return 0, 500 })
	items := lines[0].place(doc.Left)
	if len(items) != 2 || items[0].field != doc.PageNumber || items[1].text != " דומע" {
		t.Fatalf("items %+v", items)
	}
	if items[0].x != 0 || items[1].x != items[0].w {
		t.Errorf("field at %.2f, text at %.2f", items[0].x, items[1].x)
	}
}

// FuzzReorder breaks arbitrary text into lines and reorders them: every
// level is 0, 1 or 2, and each line draws exactly the characters it holds
// (a mirrored bracket counted as its pair), in items that follow one
// another without overlap and end where the line's width says.
func FuzzReorder(f *testing.F) {
	f.Add("Client: שרה כהן, 12 Main St.", 120.0)
	f.Add(mixedDirection, 200.0)
	f.Add("(א[b)ג] 1.2,3% ١٢ ש\u05B8\u200F!", 30.0)
	for _, text := range hostileTexts {
		f.Add(text, 80.0)
	}
	ts := testTypesetter(f)
	f.Fuzz(func(t *testing.T, text string, width float64) {
		small(t, text, nil)
		if !(width >= 10 && width <= 1000) {
			width = 100
		}
		text = cleanText(text)
		for _, l := range ts.breakLines(ts.atoms([]doc.Span{doc.T(text)}, textStyle{size: 12}), 12,
			func(int) (float64, float64) { return 0, width }) {
			for _, a := range l.atoms {
				for _, r := range a.runs {
					if r.level > 2 {
						t.Fatalf("level %d", r.level)
					}
				}
			}
			items := l.place(doc.Left)
			x := 0.0
			var got []rune
			for _, it := range items {
				if it.x < x-1e-6 {
					t.Fatalf("item %q at %.4f overlaps (previous ends at %.4f)", it.text, it.x, x)
				}
				x = it.x + it.w
				for _, r := range it.text {
					got = append(got, min(r, mirror(r)))
				}
			}
			if len(items) > 0 && (x < l.w-1e-6 || x > l.w+1e-6) {
				t.Fatalf("items end at %.4f, line is %.4f wide", x, l.w)
			}
			var want []rune
			for _, r := range lineText(l) {
				want = append(want, min(r, mirror(r)))
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Fatalf("line %q draws %q", lineText(l), string(got))
			}
		}
	})
}
