package docx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"redress/internal/doc"
)

// pleadingComplaint is a complaint of n pleading paragraphs on pleading
// paper of 28 lines, under a three-line single-spaced caption and a title.
func pleadingComplaint(n int) *doc.Document {
	d := complaint(n)
	d.Layout = doc.PleadingLayout()
	d.Layout.PleadingLines = 28
	var caption []doc.Block
	for i := 1; i <= 3; i++ {
		caption = append(caption, doc.Paragraph{Style: doc.Compact, Spans: []doc.Span{doc.T(fmt.Sprintf("Caption line %d", i))}})
	}
	caption = append(caption, doc.Paragraph{Style: doc.Title, Spans: []doc.Span{doc.T("COMPLAINT")}})
	d.Body = append(caption, d.Body...)
	// A Small header and footer, which LibreOffice would number.
	d.Header = []doc.Paragraph{{Style: doc.Small, Align: doc.Right, Spans: []doc.Span{doc.T("DRAFT")}}}
	d.Footer[0].Style = doc.Small
	return d
}

// ctSectPr is the order of the children of w:sectPr in the schema.
var ctSectPr = []string{"headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz",
	"pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
	"titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"}

// finalSectPr decodes document.xml and returns the children of the body's
// final w:sectPr.
func finalSectPr(t *testing.T, data []byte) []xml.StartElement {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	var kids []xml.StartElement
	depth, sectDepth := 0, -1
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch v := tok.(type) {
		case xml.StartElement:
			depth++
			if v.Name.Space == wNS && v.Name.Local == "sectPr" && depth == 3 { // document > body > sectPr
				sectDepth, kids = depth, nil
			} else if sectDepth >= 0 && depth == sectDepth+1 {
				kids = append(kids, v)
			}
		case xml.EndElement:
			if depth == sectDepth {
				sectDepth = -1
			}
			depth--
		}
	}
	if kids == nil {
		t.Fatal("document.xml has no final sectPr")
	}
	return kids
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// TestPleadingLineNumbers checks the WordprocessingML of pleading paper:
// line numbering in the final sectPr, in schema order, restarting on every
// page; exact line heights that put 28 double-spaced lines in the text
// area, with single-spaced styles at half that.
func TestPleadingLineNumbers(t *testing.T) {
	p := parts(t, mustRender(t, pleadingComplaint(12)))
	kids := finalSectPr(t, p[partDocument])
	var names []string
	pos := -1
	var ln *xml.StartElement
	for i, k := range kids {
		names = append(names, k.Name.Local)
		at := slices.Index(ctSectPr, k.Name.Local)
		if at < 0 || k.Name.Space != wNS {
			t.Errorf("unexpected sectPr child %v", k.Name)
			continue
		}
		if at < pos {
			t.Errorf("sectPr children out of schema order: %v", names)
		}
		pos = at
		if k.Name.Local == "lnNumType" {
			ln = &kids[i]
		}
	}
	if ln == nil {
		t.Fatalf("no lnNumType in the final sectPr: %v", names)
	}
	for name, want := range map[string]string{"countBy": "1", "restart": "newPage", "distance": "288"} {
		if got := attr(*ln, name); got != want {
			t.Errorf("lnNumType %s = %q, want %q", name, got, want)
		}
	}

	// 12960 twips of text area: 28 lines of 462 (463 would make 12964).
	styles := string(p[partStyles])
	for _, want := range []string{
		`<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="462" w:lineRule="exact"/></w:pPr></w:pPrDefault>`,
	} {
		if !strings.Contains(styles, want) {
			t.Errorf("styles lack %s", want)
		}
	}
	for id, want := range map[string]string{
		styleCompact:     `w:line="231" w:lineRule="exact"`,
		styleQuote:       `w:line="231" w:lineRule="exact"`,
		styleNote:        `w:line="231" w:lineRule="exact"`,
		styleTitle:       `w:before="0" w:after="462" w:line="462" w:lineRule="exact"`,
		headingStyles[1]: `w:before="0" w:after="0" w:line="462" w:lineRule="exact"`,
		styleHeader:      `w:line="240" w:lineRule="auto"`, // the header keeps its own
		styleTableText:   `w:line="240" w:lineRule="auto"`, // as tables do in the PDF
	} {
		start, end, err := styleSpacing(styles, id)
		if err != nil {
			t.Fatal(err)
		}
		if got := styles[start:end]; !strings.Contains(got, want) {
			t.Errorf("style %s: %s, want %s", id, got, want)
		}
	}

	// The header and footer are left out of the numbering.
	for _, part := range []string{partHeader, partFooter} {
		paras, off := bytes.Count(p[part], []byte("<w:p>")), bytes.Count(p[part], []byte("<w:suppressLineNumbers/>"))
		if paras == 0 || off != paras {
			t.Errorf("%s: %d of %d paragraphs suppress line numbers", part, off, paras)
		}
	}

	// Plain paper is as before: no line numbers, no exact spacing.
	p = parts(t, mustRender(t, sampleDocument()))
	for _, k := range finalSectPr(t, p[partDocument]) {
		if k.Name.Local == "lnNumType" {
			t.Error("a document without pleading lines has lnNumType")
		}
	}
	if bytes.Contains(p[partStyles], []byte(`"exact"`)) {
		t.Error("a document without pleading lines has exact line spacing")
	}
	if bytes.Contains(p[partHeader], []byte("suppressLineNumbers")) {
		t.Error("a document without pleading lines suppresses line numbers")
	}
}

func TestPleadingLinesInvalid(t *testing.T) {
	d := pleadingComplaint(1)
	d.Layout.PleadingLines = maxPleadingLines + 1
	if err := Write(new(bytes.Buffer), d); err == nil {
		t.Errorf("%d pleading lines: no error", d.Layout.PleadingLines)
	}
	// Zero or negative: plain paper.
	d.Layout.PleadingLines = -1
	if p := parts(t, mustRender(t, d)); bytes.Contains(p[partDocument], []byte("lnNumType")) {
		t.Error("negative PleadingLines numbered the lines")
	}
	// Any sane count fits its lines in the text area.
	for _, n := range []int{1, 24, 26, 28, 32, maxPleadingLines} {
		for _, ls := range []float64{1, 1.5, 2} {
			in := doc.PleadingLayout()
			in.PleadingLines, in.LineSpacing = n, ls
			l, err := resolveLayout(in)
			if err != nil {
				t.Fatalf("%d lines at %v: %v", n, ls, err)
			}
			if textH := pageHeightTwips - l.top - l.bottom; n*l.line > textH || l.line < l.slot {
				t.Errorf("%d lines at %v: pitch %d, slot %d for %d twips", n, ls, l.line, l.slot, textH)
			}
		}
	}
}

// TestLibreOfficePleading converts a pleading complaint with LibreOffice
// and reads the PDF back: every page shows line numbers from 1, right-
// aligned 0.2 in left of the text, each beside a line of text (on its
// baseline) and none beside the header or footer, and a full page of
// double-spaced paragraphs numbers 1 to 28.
func TestLibreOfficePleading(t *testing.T) {
	lookTool(t, "pdftotext")
	pdf := toPDF(t, map[string][]byte{"pleading": mustRender(t, pleadingComplaint(60))})["pleading"]
	words := pdfWords(t, pdf)
	const left = 72.0
	numbers := map[int][]word{}
	text := map[int][]word{}
	pages := 0
	for _, w := range words {
		pages = max(pages, w.page)
		if _, err := strconv.Atoi(w.text); err == nil && w.xMax < left {
			if w.yMin < 72-1 || w.yMax > doc.PageHeight-72+1 {
				t.Errorf("page %d: line number %s at y %.1f–%.1f, outside the text area (header or footer numbered)",
					w.page, w.text, w.yMin, w.yMax)
				continue
			}
			numbers[w.page] = append(numbers[w.page], w)
		} else if w.xMin >= left-0.5 && w.yMax < doc.PageHeight-72 {
			text[w.page] = append(text[w.page], w)
		}
	}
	if pages < 3 {
		t.Fatalf("%d pages, want at least 3", pages)
	}
	full := false
	for pg := 1; pg <= pages; pg++ {
		ns := numbers[pg]
		sort.Slice(ns, func(i, j int) bool { return ns[i].yMin < ns[j].yMin })
		if len(ns) == 0 {
			t.Errorf("page %d has no line numbers", pg)
			continue
		}
		for i, n := range ns {
			if n.text != strconv.Itoa(i+1) {
				t.Errorf("page %d: line number %d reads %q (numbering must restart on each page)", pg, i+1, n.text)
				break
			}
			if want := left - lineNumberDistance/20.0; math.Abs(n.xMax-want) > 1.5 {
				t.Errorf("page %d: number %s ends at x %.1f, want %.1f", pg, n.text, n.xMax, want)
			}
			beside := false
			for _, w := range text[pg] {
				if math.Abs(w.yMax-n.yMax) <= 1 {
					beside = true
					break
				}
			}
			if !beside {
				t.Errorf("page %d: number %s at y %.1f has no line of text on its baseline", pg, n.text, n.yMax)
			}
		}
		full = full || len(ns) == 28
		if len(ns) > 28 {
			t.Errorf("page %d has %d numbered lines, more than 28", pg, len(ns))
		}
	}
	if !full {
		t.Error("no page holds 28 numbered lines")
	}
}
