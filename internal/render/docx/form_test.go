package docx

import (
	"bytes"
	"encoding/xml"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"redress/internal/doc"
)

// Sizes of a form's labels and values, in points.
const (
	labelSize = 7
	valueSize = 10
)

// label and value are a form box's caption and its filling.
func label(s string) doc.Span { return doc.Span{Text: s, Size: labelSize} }
func value(s string) doc.Span { return doc.Span{Text: s, Size: valueSize} }

// box is a cell holding a label over a value, spanning span grid columns.
func box(span int, l, v string) doc.Cell {
	return doc.Cell{ColSpan: span, Spans: []doc.Span{label(l), {Kind: doc.Break, Size: labelSize}, value(v)}}
}

// formWidths is the 8-column grid of formDocument.
var formWidths = []float64{0.1, 0.15, 0.1, 0.15, 0.1, 0.15, 0.1, 0.15}

// Row indexes of formDocument's table.
const (
	rowBand = iota
	rowTwo
	rowThree
	rowFive
	rowTall
	rowAfterTall
	rowRight
	rowBand2
)

// formDocument is an SF-95-like form as a table: shaded bands across the
// grid, rows of 2, 3 and 5 boxes of different spans, a 100-pt box and a
// right-aligned full-width cell.
func formDocument() *doc.Document {
	band := func(s string) doc.Row {
		return doc.Row{Cells: []doc.Cell{{ColSpan: 8, Shade: true, Align: doc.Center, Spans: []doc.Span{{Text: s, Bold: true, Size: 8}}}}}
	}
	return &doc.Document{
		Layout: doc.LetterLayout(),
		Body: []doc.Block{
			doc.Paragraph{Style: doc.Title, Spans: []doc.Span{doc.T("CLAIM FOR DAMAGE, INJURY, OR DEATH")}},
			doc.Table{Widths: formWidths, Borders: true, Rows: []doc.Row{
				band("BANDONE"),
				{MinHeight: 36, Cells: []doc.Cell{
					box(3, "LABELONE 1. Submit to appropriate Federal agency:", "VALUEONE Department of Veterans Affairs"),
					box(5, "2. Name, address of claimant", vietnamese+", 34 Elm Street"),
				}},
				{Cells: []doc.Cell{box(2, "3. TYPE OF EMPLOYMENT", "CIVILIAN"), box(3, "4. DATE OF BIRTH", "01/02/1960"), box(3, "5. MARITAL STATUS", "Married")}},
				{Cells: []doc.Cell{box(0, "6a", "x"), box(2, "6b", "y"), box(1, "6c", "z"), box(2, "7a", markup), box(2, "7b", apostrophe)}},
				{MinHeight: 100, Cells: []doc.Cell{box(8, "TALLROW 8. Basis of Claim", "On March 4, 2025 ...")}},
				{Cells: []doc.Cell{box(4, "AFTERTALL 9. PROPERTY DAMAGE", "none"), box(4, "10. PERSONAL INJURY", "fracture")}},
				{Cells: []doc.Cell{{ColSpan: 8, Align: doc.Right, Spans: []doc.Span{value("RIGHTEDGE")}}}},
				band("BANDTWO"),
			}},
		},
	}
}

// The WordprocessingML of a table, as far as the tests read it.
type (
	xVal struct {
		Val string `xml:"val,attr"`
	}
	xW struct {
		W    string `xml:"w,attr"`
		Type string `xml:"type,attr"`
	}
	xTable struct {
		Grid []struct {
			W int `xml:"w,attr"`
		} `xml:"tblGrid>gridCol"`
		CellMar struct {
			Top    xW `xml:"top"`
			Left   xW `xml:"left"`
			Bottom xW `xml:"bottom"`
			Right  xW `xml:"right"`
		} `xml:"tblPr>tblCellMar"`
		Rows []xRow `xml:"tr"`
	}
	xRow struct {
		CantSplit *struct{} `xml:"trPr>cantSplit"`
		Height    *struct {
			Val  string `xml:"val,attr"`
			Rule string `xml:"hRule,attr"`
		} `xml:"trPr>trHeight"`
		Cells []xCell `xml:"tc"`
	}
	xCell struct {
		W struct {
			W    int    `xml:"w,attr"`
			Type string `xml:"type,attr"`
		} `xml:"tcPr>tcW"`
		Span *xVal `xml:"tcPr>gridSpan"`
		Shd  *struct {
			Val   string `xml:"val,attr"`
			Color string `xml:"color,attr"`
			Fill  string `xml:"fill,attr"`
		} `xml:"tcPr>shd"`
		Paras []xPara `xml:"p"`
	}
	xPara struct {
		Mark *xVal  `xml:"pPr>rPr>sz"`
		Runs []xRun `xml:"r"`
	}
	xRun struct {
		Sz   *xVal    `xml:"rPr>sz"`
		SzCs *xVal    `xml:"rPr>szCs"`
		T    []string `xml:"t"`
	}
)

// readTables decodes the tables of document.xml.
func readTables(t *testing.T, data []byte) []xTable {
	t.Helper()
	var d struct {
		Tables []xTable `xml:"body>tbl"`
	}
	if err := xml.Unmarshal(data, &d); err != nil {
		t.Fatal(err)
	}
	return d.Tables
}

func (c xCell) text() string {
	var b strings.Builder
	for i, p := range c.Paras {
		if i > 0 {
			b.WriteByte('\n')
		}
		for _, r := range p.Runs {
			b.WriteString(strings.Join(r.T, ""))
		}
	}
	return b.String()
}

func TestFormTable(t *testing.T) {
	d := formDocument()
	pkg := mustRender(t, d)
	if again := mustRender(t, formDocument()); !bytes.Equal(pkg, again) {
		t.Error("two writes of the form differ")
	}
	p := parts(t, pkg)
	tables := readTables(t, p[partDocument])
	// Cell paragraphs have no space before or after.
	_, style, _ := bytes.Cut(p[partStyles], []byte(`w:styleId="TableText"`))
	style, _, _ = bytes.Cut(style, []byte("</w:style>"))
	if !bytes.Contains(style, []byte(`<w:spacing w:before="0" w:after="0"`)) {
		t.Errorf("TableText has space before or after: %s", style)
	}
	if len(tables) != 1 {
		t.Fatalf("%d tables", len(tables))
	}
	tb := tables[0]
	in := d.Body[1].(doc.Table)

	// The grid is the eight fractions of the text width, filling it.
	textWidth := pageWidthTwips - 2*1440
	if len(tb.Grid) != 8 {
		t.Fatalf("%d grid columns, want 8", len(tb.Grid))
	}
	sum := 0
	for i, g := range tb.Grid {
		sum += g.W
		if want := formWidths[i] * float64(textWidth); math.Abs(float64(g.W)-want) > 1 {
			t.Errorf("gridCol %d = %d twips, want %.0f", i, g.W, want)
		}
	}
	if sum != textWidth {
		t.Errorf("grid = %d twips, want %d", sum, textWidth)
	}
	// Small cell margins: 1 mm at the sides, 1.45 pt above and below.
	if m := tb.CellMar; m.Left != (xW{"57", "dxa"}) || m.Right != (xW{"57", "dxa"}) || m.Top != (xW{"29", "dxa"}) || m.Bottom != (xW{"29", "dxa"}) {
		t.Errorf("cell margins %+v", m)
	}

	if len(tb.Rows) != len(in.Rows) {
		t.Fatalf("%d rows, want %d", len(tb.Rows), len(in.Rows))
	}
	for ri, row := range tb.Rows {
		src := in.Rows[ri]
		if len(row.Cells) != len(src.Cells) {
			t.Fatalf("row %d: %d cells, want %d", ri, len(row.Cells), len(src.Cells))
		}
		// Each cell's gridSpan is its ColSpan, its width the sum of the
		// columns it spans; the row's cells fill the grid.
		col := 0
		for ci, c := range row.Cells {
			span := max(src.Cells[ci].ColSpan, 1)
			switch {
			case span == 1 && c.Span != nil:
				t.Errorf("row %d cell %d: gridSpan %s on a one-column cell", ri, ci, c.Span.Val)
			case span > 1 && (c.Span == nil || c.Span.Val != strconv.Itoa(span)):
				t.Errorf("row %d cell %d: gridSpan %+v, want %d", ri, ci, c.Span, span)
			}
			want := 0
			for _, g := range tb.Grid[col : col+span] {
				want += g.W
			}
			col += span
			if c.W.W != want || c.W.Type != "dxa" {
				t.Errorf("row %d cell %d: tcW %d %s, want %d dxa", ri, ci, c.W.W, c.W.Type, want)
			}
			// Only the bands are shaded, light gray.
			if src.Cells[ci].Shade {
				if c.Shd == nil || c.Shd.Val != "clear" || c.Shd.Color != "auto" || c.Shd.Fill != "D9D9D9" {
					t.Errorf("row %d cell %d: shd %+v", ri, ci, c.Shd)
				}
			} else if c.Shd != nil {
				t.Errorf("row %d cell %d: unshaded cell has shd %+v", ri, ci, c.Shd)
			}
		}
		if col != 8 {
			t.Errorf("row %d covers %d columns", ri, col)
		}
		// A row of least height is atLeast that many twips, and never splits.
		if src.MinHeight > 0 {
			if row.Height == nil || row.Height.Val != strconv.Itoa(int(src.MinHeight*20)) || row.Height.Rule != "atLeast" {
				t.Errorf("row %d: trHeight %+v, want %v atLeast", ri, row.Height, src.MinHeight*20)
			}
			if row.CantSplit == nil {
				t.Errorf("row %d: no cantSplit", ri)
			}
		} else if row.Height != nil || row.CantSplit != nil {
			t.Errorf("row %d: trHeight %+v cantSplit %v without MinHeight", ri, row.Height, row.CantSplit != nil)
		}
	}
	if h := tb.Rows[rowTall].Height; h == nil || h.Val != "2000" {
		t.Errorf("100-pt row: trHeight %+v, want 2000", h)
	}

	// Labels are 7 pt and values 10 pt, complex script too; each cell
	// paragraph's mark takes its line's size.
	c := tb.Rows[rowTwo].Cells[0]
	if got := c.text(); got != "LABELONE 1. Submit to appropriate Federal agency:\nVALUEONE Department of Veterans Affairs" {
		t.Fatalf("cell text %q", got)
	}
	for pi, want := range []string{"14", "20"} {
		p := c.Paras[pi]
		if p.Mark == nil || p.Mark.Val != want {
			t.Errorf("paragraph %d mark size %+v, want %s", pi, p.Mark, want)
		}
		for _, r := range p.Runs {
			if r.Sz == nil || r.Sz.Val != want || r.SzCs == nil || r.SzCs.Val != want {
				t.Errorf("paragraph %d run %q: sz %+v szCs %+v, want %s", pi, r.T, r.Sz, r.SzCs, want)
			}
		}
	}
	if got := tb.Rows[rowBand].Cells[0].text(); got != "BANDONE" {
		t.Errorf("band text %q", got)
	}
	if got := tb.Rows[rowFive].Cells[3].text(); got != "7a\n"+markup {
		t.Errorf("cell text %q", got)
	}
}

func TestSpanSize(t *testing.T) {
	for _, c := range []struct {
		size float64
		want string // w:sz; "" none
	}{
		{0, ""}, {12, "24"}, {7, "14"}, {7.2, "14"}, {7.3, "15"}, {7.25, "15"}, {10.5, "21"},
		{-3, ""}, {math.NaN(), ""}, {math.Inf(1), ""}, {0.1, "2"}, {5000, "3276"},
	} {
		d := &doc.Document{Body: []doc.Block{doc.Paragraph{Spans: []doc.Span{{Text: "x", Size: c.size}}}}}
		data := parts(t, mustRender(t, d))[partDocument]
		var got struct {
			P []xPara `xml:"body>p"`
		}
		if err := xml.Unmarshal(data, &got); err != nil {
			t.Fatal(err)
		}
		r := got.P[0].Runs[0]
		mark := got.P[0].Mark
		if c.want == "" {
			if r.Sz != nil || r.SzCs != nil || mark != nil {
				t.Errorf("Size %v: sz %+v szCs %+v mark %+v, want none", c.size, r.Sz, r.SzCs, mark)
			}
			continue
		}
		if r.Sz == nil || r.Sz.Val != c.want || r.SzCs == nil || r.SzCs.Val != c.want || mark == nil || mark.Val != c.want {
			t.Errorf("Size %v: sz %+v szCs %+v mark %+v, want %s", c.size, r.Sz, r.SzCs, mark, c.want)
		}
	}
	// A paragraph mixing sized and unsized spans keeps the style's mark,
	// and w:sz sits between w:i and w:u in the run properties.
	d := &doc.Document{Body: []doc.Block{doc.Paragraph{Spans: []doc.Span{
		{Text: "a", Size: 9, Bold: true, Italic: true, Underline: true}, doc.T("b")}}}}
	data := parts(t, mustRender(t, d))[partDocument]
	if !bytes.Contains(data, []byte(`<w:rPr><w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val="18"/><w:szCs w:val="18"/><w:u w:val="single"/></w:rPr>`)) {
		t.Error("run properties out of order")
	}
	if bytes.Contains(data, []byte(`<w:pPr><w:pStyle w:val="BodyText"/><w:rPr>`)) {
		t.Error("mixed paragraph has a sized mark")
	}
}

func TestTableGridErrors(t *testing.T) {
	row := func(spans ...int) doc.Row {
		var r doc.Row
		for _, s := range spans {
			r.Cells = append(r.Cells, doc.Cell{ColSpan: s, Spans: []doc.Span{doc.T("x")}})
		}
		return r
	}
	for name, c := range map[string]struct {
		tb   doc.Table
		want string
	}{
		"short row":      {doc.Table{Widths: formWidths, Rows: []doc.Row{row(8), row(3, 4)}}, "table 1, row 2: its 2 cells cover 7 grid columns, want 8"},
		"long row":       {doc.Table{Widths: formWidths, Rows: []doc.Row{row(3, 3, 3)}}, "table 1, row 1: its 3 cells cover 9 grid columns, want 8"},
		"empty row":      {doc.Table{Widths: formWidths, Rows: []doc.Row{row(8), row(8), {}}}, "table 1, row 3: its 0 cells cover 0 grid columns, want 8"},
		"no widths":      {doc.Table{Rows: []doc.Row{row(2, 1), row(1, 1)}}, "table 1, row 2: its 2 cells cover 2 grid columns, want 3"},
		"negative span":  {doc.Table{Widths: formWidths, Rows: []doc.Row{row(9, -1)}}, "table 1, row 1, cell 2: ColSpan -1"},
		"huge span":      {doc.Table{Rows: []doc.Row{row(math.MaxInt)}}, "table 1, row 1, cell 1: ColSpan"},
		"too many cols":  {doc.Table{Rows: []doc.Row{row(40, 40)}}, "table 1 has 80 columns"},
		"NaN height":     {doc.Table{Widths: []float64{1}, Rows: []doc.Row{row(1), {MinHeight: math.NaN(), Cells: row(1).Cells}}}, "table 1, row 2: MinHeight NaN"},
		"negative":       {doc.Table{Widths: []float64{1}, Rows: []doc.Row{{MinHeight: -1, Cells: row(1).Cells}}}, "table 1, row 1: MinHeight -1"},
		"too tall":       {doc.Table{Widths: []float64{1}, Rows: []doc.Row{{MinHeight: 2000, Cells: row(1).Cells}}}, "table 1, row 1: MinHeight 2000"},
		"infinitely":     {doc.Table{Widths: []float64{1}, Rows: []doc.Row{{MinHeight: math.Inf(1), Cells: row(1).Cells}}}, "table 1, row 1: MinHeight +Inf"},
		"second table":   {doc.Table{Widths: []float64{0.5, 0.5}, Rows: []doc.Row{row(1)}}, "table 2, row 1"},
		"widths ignored": {doc.Table{Widths: []float64{0.5, 0.5}, Rows: []doc.Row{row(1, 1, 1)}}, "want 2"},
	} {
		d := &doc.Document{Body: []doc.Block{c.tb}}
		if name == "second table" {
			d.Body = []doc.Block{doc.Table{Widths: []float64{1}, Rows: []doc.Row{row(1)}}, c.tb}
		}
		var buf bytes.Buffer
		err := Write(&buf, d)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", name, err, c.want)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: %d bytes written on error", name, buf.Len())
		}
	}
	// What still works: no rows (one empty row of the grid), a table
	// without widths whose rows agree, widths that do not add up to 1
	// (scaled) or make no sense (equal columns), and the tallest row Word
	// takes.
	for _, tb := range []doc.Table{
		{}, {Widths: formWidths}, {Rows: []doc.Row{row(2, 1), row(1, 2), row(3)}},
		{Widths: []float64{2, 6}, Rows: []doc.Row{row(1, 1)}},
		{Widths: []float64{math.NaN(), -1}, Rows: []doc.Row{row(2)}},
		{Widths: []float64{1}, Rows: []doc.Row{{MinHeight: 1584, Cells: row(0).Cells}}},
	} {
		tables := readTables(t, parts(t, mustRender(t, &doc.Document{Body: []doc.Block{tb}}))[partDocument])
		sum := 0
		for _, g := range tables[0].Grid {
			sum += g.W
		}
		if sum != pageWidthTwips-2*1440 {
			t.Errorf("%+v: grid %d twips", tb, sum)
		}
		if len(tables[0].Rows) == 0 {
			t.Errorf("%+v: no rows", tb)
		}
	}
	tables := readTables(t, parts(t, mustRender(t, &doc.Document{Body: []doc.Block{
		doc.Table{Widths: []float64{2, 6}, Rows: []doc.Row{row(1, 1)}}}}))[partDocument])
	if g := tables[0].Grid; g[0].W != 2340 || g[1].W != 7020 {
		t.Errorf("widths 2:6 = %+v, want 2340 and 7020", g)
	}
}

// canvasDocument has a Canvas between two paragraphs.
func canvasDocument() *doc.Document {
	return &doc.Document{Layout: doc.LetterLayout(), Body: []doc.Block{
		doc.Paragraph{Spans: []doc.Span{doc.T("BEFORECANVAS")}},
		doc.Canvas{Items: []doc.CanvasItem{
			doc.Line{X1: 36, Y1: 36, X2: 576, Y2: 36, Width: 1},
			doc.TextBox{X: 36, Y: 40, W: 200, H: 20, Size: 7, Spans: []doc.Span{doc.T("CANVASTEXT "), doc.B(vietnamese)}},
			doc.Box{X: 40, Y: 80, W: 8, H: 8, Width: 0.5, Checked: true},
			doc.TextBox{X: 36, Y: 100, W: 200, H: 20, Size: 10, Align: doc.Center, Spans: []doc.Span{{Text: "SECONDBOX", Size: 9}}},
			doc.TextBox{X: 36, Y: 120, W: 200, H: 20}, // no text: no paragraph
			&doc.TextBox{Spans: []doc.Span{doc.T("THIRDBOX")}},
		}},
		doc.Paragraph{Spans: []doc.Span{doc.T("AFTERCANVAS")}},
	}}
}

func TestCanvas(t *testing.T) {
	data := parts(t, mustRender(t, canvasDocument()))[partDocument]
	body := readParagraphs(t, data)
	if got, want := texts(body), []string{"BEFORECANVAS", "CANVASTEXT " + vietnamese, "SECONDBOX", "THIRDBOX", "AFTERCANVAS"}; !slices.Equal(got, want) {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
	// The canvas text starts a page, and so does what follows it.
	for _, s := range []string{"CANVASTEXT", "AFTERCANVAS"} {
		if !bytes.Contains(data, []byte(`<w:pageBreakBefore/></w:pPr><w:r><w:t xml:space="preserve">`+s)) {
			t.Errorf("%s does not start a page", s)
		}
	}
	if n := bytes.Count(data, []byte("pageBreakBefore")); n != 2 {
		t.Errorf("%d page breaks, want 2", n)
	}
	if !bytes.Contains(data, []byte(`<w:jc w:val="center"/><w:rPr><w:sz w:val="18"/>`)) {
		t.Error("SECONDBOX lost its alignment or span size")
	}

	// A canvas opening or closing the document, or beside a page break or
	// another canvas, leaves no blank page; one without text adds nothing.
	cv := doc.Canvas{Items: []doc.CanvasItem{doc.TextBox{Spans: []doc.Span{doc.T("C")}}}}
	para := doc.Paragraph{Spans: []doc.Span{doc.T("P")}}
	for _, c := range []struct {
		body   []doc.Block
		breaks int
	}{
		{[]doc.Block{cv}, 0},
		{[]doc.Block{cv, para}, 1},
		{[]doc.Block{para, cv}, 1},
		{[]doc.Block{cv, cv}, 1},
		{[]doc.Block{para, cv, doc.PageBreak{}, para}, 2},
		{[]doc.Block{para, doc.PageBreak{}, cv, cv, para}, 3},
		{[]doc.Block{para, doc.Canvas{}, para}, 0},
		{[]doc.Block{doc.Canvas{Items: []doc.CanvasItem{doc.Line{}, doc.Box{}, nil}}}, 0},
		{[]doc.Block{doc.Group{Blocks: []doc.Block{para, cv}}, para}, 2},
	} {
		data := parts(t, mustRender(t, &doc.Document{Body: c.body}))[partDocument]
		n := bytes.Count(data, []byte("pageBreakBefore")) + bytes.Count(data, []byte(`w:type="page"`))
		if n != c.breaks {
			t.Errorf("%T...: %d page breaks, want %d", c.body, n, c.breaks)
		}
	}
}
