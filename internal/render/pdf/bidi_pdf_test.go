package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"redress/internal/doc"
	"redress/internal/render/docx"
	"redress/internal/verify"
)

// These tests read the drawn PDF with poppler. What poppler does with
// right-to-left text, found by experiment (poppler 22.12): pdftotext in
// its default reading-order mode finds a run of Hebrew words drawn in
// visual order (first letter rightmost) and gives it back in logical
// order, wrapped in U+202B and U+202C; the same words drawn in logical
// order come back reversed. It does not undo the rest of the algorithm:
// "Client: שרה כהן, 12 Main St." drawn correctly comes back as
// "Client: 12 ,שרה כהן Main St.". pdftotext -bbox gives each word's glyphs
// left to right as drawn, and its box: that is how the visual order of a
// mixed line is checked.

// hebrewLetter is the first letter of the names below, שׁ (shin).
const hebrewLetter = 'ש'

// bidiLetter is a letter-like document with a Hebrew name and address.
func bidiLetter() *doc.Document {
	p := func(style doc.ParagraphStyle, align doc.Align, spans ...doc.Span) doc.Paragraph {
		return doc.Paragraph{Style: style, Align: align, Spans: spans}
	}
	return &doc.Document{
		Meta:   doc.Meta{Title: "Letter to שרה כהן", Author: "Zoë O'Brien", Language: "en-US", Created: created},
		Layout: doc.LetterLayout(),
		Body: []doc.Block{
			p(doc.Body, doc.Left, doc.T("March 14, 2026")),
			doc.Group{Blocks: []doc.Block{
				p(doc.Compact, doc.Left, doc.T("שרה כהן")),
				p(doc.Body, doc.Left, doc.T("Client: שרה כהן, 12 Main St.")),
			}},
			p(doc.Body, doc.Left, doc.B("Re: "), doc.T("Claim of שרה כהן (FTCA)")),
			p(doc.Body, doc.Left, doc.T("Dear שרה כהן:")),
			p(doc.Body, doc.Justify, doc.T(strings.Repeat("We write about the claim of שרה כהן against the United States. ", 6))),
		},
	}
}

// unmark drops the embedding marks pdftotext puts around right-to-left
// text.
func unmark(s string) string {
	return strings.NewReplacer("\u202B", "", "\u202C", "").Replace(s)
}

func TestHebrewReadingOrder(t *testing.T) {
	pdf := mustRender(t, bidiLetter())
	pages := pdftotext(t, pdf)
	if len(pages) != 1 {
		t.Fatalf("%d pages", len(pages))
	}
	lines := strings.Split(unmark(pages[0]), "\n")
	for _, want := range []string{"שרה כהן", "Dear שרה כהן:"} {
		if !slices.Contains(lines, want) {
			t.Errorf("pdftotext has no line %q:\n%s", want, strings.Join(lines, "\n"))
		}
	}
	// Every Hebrew name of the justified paragraph is read in logical
	// order too (with white space folded, the one broken across two lines
	// as well). The mixed line counts: poppler gives its Hebrew words back
	// in logical order, though not the number after them.
	if n := strings.Count(normSpace(unmark(pages[0])), "שרה כהן"); n != 10 {
		t.Errorf("pdftotext reads the name in logical order %d times, want 10 (4 lines and 6 in the paragraph)", n)
	}
}

// lineWords is the text of each line's words, left to right by their
// boxes.
func lineWords(l bboxLine) []string {
	ws := slices.Clone(l.words)
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].xMin < ws[j].xMin })
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}

func TestHebrewVisualOrder(t *testing.T) {
	pages := bboxPages(t, mustRender(t, bidiLetter()))
	// By hand, from UAX #9 for a left-to-right paragraph: a Hebrew run is
	// drawn from its last letter on the left to its first on the right;
	// in the mixed line the comma and space between the name and "12"
	// resolve right to left (N1), "12" is a number inside that run
	// (level 2), so "שרה כהן, 12" is reversed as a whole with the digits
	// read left to right. In the Re: line, the brackets hold Latin text:
	// they are left to right (N0), outside the Hebrew run.
	want := map[string][]string{
		"name":   {"ןהכ", "הרש"},
		"mixed":  {"Client:", "12", ",ןהכ", "הרש", "Main", "St."},
		"re":     {"Re:", "Claim", "of", "ןהכ", "הרש", "(FTCA)"},
		"dear":   {"Dear", "ןהכ", "הרש:"},
		"letter": {"March", "14,", "2026"},
	}
	got := map[string][]string{}
	for _, l := range pages[0] {
		ws := lineWords(l)
		switch {
		case len(ws) == 2 && !strings.ContainsAny(ws[0], "abcdefghijklmnopqrstuvwxyz"):
			got["name"] = ws
		case ws[0] == "Client:":
			got["mixed"] = ws
		case ws[0] == "Re:":
			got["re"] = ws
		case ws[0] == "Dear":
			got["dear"] = ws
		case ws[0] == "March":
			got["letter"] = ws
		}
	}
	for k, w := range want {
		if !slices.Equal(got[k], w) {
			t.Errorf("%s line: words left to right %q, want %q", k, got[k], w)
		}
	}
	// The first logical letter of the name is drawn rightmost in its run,
	// on every line that holds the whole name (the justified paragraph's
	// too: six times, one of them broken between its two words).
	isHebrew := func(w string) bool {
		return strings.ContainsFunc(w, func(r rune) bool { return unicode.Is(unicode.Hebrew, r) })
	}
	n := 0
	for _, l := range pages[0] {
		ws := lineWords(l)
		for k := 0; k+1 < len(ws); k++ {
			left, right := ws[k], ws[k+1]
			if !isHebrew(left) || !isHebrew(right) {
				continue
			}
			n++
			letters := []rune(strings.TrimFunc(right, func(r rune) bool { return !unicode.IsLetter(r) }))
			if !strings.ContainsRune(left, 'כ') || letters[len(letters)-1] != hebrewLetter {
				t.Errorf("line %q: the name's first letter is not drawn rightmost: %q then %q", l.text(), left, right)
			}
		}
	}
	if n != 9 {
		t.Errorf("the whole name on a line %d times, want 9 (4 lines, 5 in the paragraph)", n)
	}
}

// TestHebrewAsLibreOffice: LibreOffice sets the DOCX of the same lines in
// the same visual order as our PDF. Its PDF maps a mirrored bracket back
// to the character typed and its font is not ours, so letters and digits
// are compared, left to right, line by line.
func TestHebrewAsLibreOffice(t *testing.T) {
	requireTool(t, "soffice")
	lines := []string{
		"שרה כהן",
		"Client: שרה כהן, 12 Main St.",
		"Client: שרה (כהן), 12 Main St.",
		"Dear שרה כהן:",
		"שרה 12 כהן abc שרה",
		"abc שרה!\u200F",
	}
	d := &doc.Document{Meta: doc.Meta{Title: "x", Language: "en-US", Created: created}, Layout: doc.LetterLayout()}
	for _, s := range lines {
		d.Body = append(d.Body, doc.Paragraph{Style: doc.Body, Spans: []doc.Span{doc.T(s)}})
	}
	var b bytes.Buffer
	if err := docx.Write(&b, d); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "bidi.docx")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	lo, err := os.ReadFile(verify.DOCXToPDF(t, path))
	if err != nil {
		t.Fatal(err)
	}
	letters := func(pdf []byte) []string {
		var out []string
		for _, l := range bboxPages(t, pdf)[0] {
			var s strings.Builder
			for _, w := range lineWords(l) {
				for _, r := range w {
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						s.WriteRune(r)
					}
				}
			}
			out = append(out, s.String())
		}
		return out
	}
	ours, theirs := letters(mustRender(t, d)), letters(lo)
	if len(ours) != len(lines) || !slices.Equal(ours, theirs) {
		t.Errorf("letters left to right, line by line:\nours        %q\nLibreOffice %q", ours, theirs)
	}
}
