package pdf

import (
	"fmt"
	"strings"
	"testing"

	"redress/internal/doc"
)

func layoutOf(t *testing.T, d *doc.Document) *laidOut {
	t.Helper()
	lo, err := layoutDocument(d)
	if err != nil {
		t.Fatal(err)
	}
	return lo
}

func fillerLines(n int) []doc.Block {
	var bs []doc.Block
	for i := 0; i < n; i++ {
		bs = append(bs, doc.Paragraph{Style: doc.Compact, Spans: []doc.Span{doc.T(fmt.Sprintf("Filler %d", i))}})
	}
	return bs
}

// pageOf maps each unit to the pages it was placed on.
func pageOf(lo *laidOut) map[*unit][]int {
	m := map[*unit][]int{}
	for i, pg := range lo.pages {
		for _, p := range pg.placed {
			m[p.u] = append(m[p.u], i)
		}
	}
	return m
}

// TestGroupKeptTogether: a signature block that would straddle a page
// break moves to the next page whole.
func TestGroupKeptTogether(t *testing.T) {
	var sig doc.Group
	for i := 0; i < 6; i++ {
		sig.Blocks = append(sig.Blocks, doc.Paragraph{Style: doc.Compact, Spans: []doc.Span{doc.T(fmt.Sprintf("Signature %d", i))}})
	}
	moved := false
	for k := 38; k <= 47; k++ {
		lo := layoutOf(t, &doc.Document{Body: append(fillerLines(k), sig)})
		pages := map[int]bool{}
		for i, pg := range lo.pages {
			for _, p := range pg.placed {
				if strings.HasPrefix(p.u.items[0].text, "Signature") {
					pages[i] = true
				}
			}
		}
		if len(pages) != 1 {
			t.Errorf("k=%d: the group is split over pages %v", k, pages)
		}
		if len(lo.pages[0].placed) == k && lo.bottom-lo.top-stackHeight(unitsOf(lo.pages[0])) > 13.8 {
			moved = true // page 1 had room for a line of the group, but not all
		}
	}
	if !moved {
		t.Error("the group never had to move; adjust the test's range")
	}
}

func unitsOf(pg page) []*unit {
	var us []*unit
	for _, p := range pg.placed {
		us = append(us, p.u)
	}
	return us
}

// TestTableHeaderRepeats: a long table's header row opens every page it
// continues on, and every body row is placed exactly once.
func TestTableHeaderRepeats(t *testing.T) {
	tb := doc.Table{HeaderRows: 1, Borders: true, Rows: []doc.Row{{Cells: []doc.Cell{
		{Spans: []doc.Span{doc.T("Date")}}, {Spans: []doc.Span{doc.T("Amount")}}}}}}
	for i := 0; i < 120; i++ {
		tb.Rows = append(tb.Rows, doc.Row{Cells: []doc.Cell{
			{Spans: []doc.Span{doc.T(fmt.Sprint(i))}}, {Spans: []doc.Span{doc.T("$1.00")}}}})
	}
	lo := layoutOf(t, &doc.Document{Body: []doc.Block{tb}})
	if len(lo.pages) < 3 {
		t.Fatalf("table of 120 rows on %d pages", len(lo.pages))
	}
	counts := map[*unit]int{}
	for i, pg := range lo.pages {
		first := pg.placed[0]
		if !first.u.header || first.repeat != (i > 0) {
			t.Errorf("page %d does not open with the header row (repeat=%v)", i+1, first.repeat)
		}
		for _, p := range pg.placed {
			if !p.u.header {
				counts[p.u]++
			}
			if p.y+p.u.h > lo.bottom+lineEpsilon {
				t.Errorf("page %d: row below the text area", i+1)
			}
		}
	}
	if len(counts) != 120 {
		t.Errorf("%d body rows placed, want 120", len(counts))
	}
	for _, c := range counts {
		if c != 1 {
			t.Fatal("a body row was placed twice")
		}
	}
}

// TestOversizeContent: a group and a table row taller than a page still
// paginate (no loop, nothing lost, nothing below the text area), and a
// trailing page break adds no empty page.
func TestOversizeContent(t *testing.T) {
	long := doc.Cell{}
	for i := 0; i < 80; i++ {
		long.Spans = append(long.Spans, doc.T(fmt.Sprintf("line %d", i)), doc.BR())
	}
	d := &doc.Document{Body: []doc.Block{
		doc.Group{Blocks: fillerLines(100)},
		doc.Table{Rows: []doc.Row{{Cells: []doc.Cell{long, long}}}},
		doc.PageBreak{},
	}}
	lo := layoutOf(t, d)
	n := 0
	for i, pg := range lo.pages {
		if len(pg.placed) == 0 {
			t.Errorf("page %d is empty", i+1)
		}
		for _, p := range pg.placed {
			n++
			if p.y+p.u.h > lo.bottom+lineEpsilon {
				t.Errorf("page %d: unit ends at %.1f, below %.1f", i+1, p.y+p.u.h, lo.bottom)
			}
		}
	}
	if want := 100 + 81; n != want {
		t.Errorf("%d units placed, want %d", n, want)
	}
}

// TestPageBreaks: an explicit break starts a page; two make a blank page
// between, as in a word processor.
func TestPageBreaks(t *testing.T) {
	d := &doc.Document{Body: []doc.Block{fillerLines(1)[0], doc.PageBreak{}, fillerLines(1)[0],
		doc.PageBreak{}, doc.PageBreak{}, fillerLines(1)[0]}}
	if n := len(layoutOf(t, d).pages); n != 4 {
		t.Errorf("%d pages, want 4", n)
	}
}
