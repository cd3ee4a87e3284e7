package docx

import (
	"bytes"
	"encoding/xml"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"redress/internal/doc"
)

func TestBaseInvariants(t *testing.T) {
	b, err := loadBase()
	if err != nil {
		t.Fatal(err)
	}
	// The base zip is itself a well-formed package, with every part the
	// writer replaces and every style it uses.
	if err := verify(b.zip); err != nil {
		t.Fatal(err)
	}
	if _, ok := parts(t, b.zip)[partCore]; !ok {
		t.Errorf("base lacks %s", partCore)
	}
	if err := checkStyles(b.styles); err != nil {
		t.Fatal(err)
	}
	// A broken base is reported, not written.
	if _, err := spliceBody("<w:document><w:body></w:body></w:document>", "", layout{}); err == nil {
		t.Error("document without sectPr: no error")
	}
	if err := checkStyles(strings.Replace(b.styles, `w:styleId="Mark"`, `w:styleId="X"`, 1)); err == nil {
		t.Error("styles without Mark: no error")
	}
}

func TestTextSurvives(t *testing.T) {
	p := parts(t, mustRender(t, sampleDocument()))
	body := readParagraphs(t, p[partDocument])
	client := find(t, body, "Client: ")
	if want := "Client: " + vietnamese + "\n" + apostrophe + " " + template + " " + markdown; client.text != want {
		t.Errorf("paragraph text = %q, want %q", client.text, want)
	}
	for _, s := range []string{vietnamese, apostrophe, markup, template, markdown, "Line one", "Second page."} {
		find(t, body, s)
	}
	if title := find(t, body, markup); title.style != styleTitle {
		t.Errorf("title style = %q", title.style)
	}
	// A table cell line is its own paragraph.
	if l := find(t, body, "Line one"); l.text != "Line one" || !l.inTable {
		t.Errorf("cell line = %+v", l)
	}
	header := readParagraphs(t, p[partHeader])
	if got := texts(header); !slices.Equal(got, []string{vietnamese + " v. United States"}) {
		t.Errorf("header = %q", got)
	}
	footer := readParagraphs(t, p[partFooter])
	if got := texts(footer); !slices.Equal(got, []string{"Page # of #"}) {
		t.Errorf("footer = %q", got)
	}
	for _, field := range []string{"> PAGE <", "> NUMPAGES <"} {
		if !bytes.Contains(p[partFooter], []byte(field)) {
			t.Errorf("footer lacks field %s", field)
		}
	}
	// The markup must not survive as markup anywhere.
	if bytes.Contains(p[partDocument], []byte("<Sons>")) {
		t.Error("unescaped <Sons> in document.xml")
	}
}

func TestStylesExist(t *testing.T) {
	p := parts(t, mustRender(t, sampleDocument()))
	defined := map[string]bool{}
	for _, m := range regexp.MustCompile(`w:styleId="([^"]+)"`).FindAllSubmatch(p[partStyles], -1) {
		defined[string(m[1])] = true
	}
	used := regexp.MustCompile(`<w:(?:pStyle|tblStyle|rStyle) w:val="([^"]+)"`)
	n := 0
	for _, part := range []string{partDocument, partHeader, partFooter} {
		for _, m := range used.FindAllSubmatch(p[part], -1) {
			n++
			if !defined[string(m[1])] {
				t.Errorf("%s uses style %q, not defined in styles.xml", part, m[1])
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d style references", n)
	}
	for _, id := range writerStyles() {
		if !defined[id] {
			t.Errorf("writer style %q not defined", id)
		}
	}
}

// numberingInfo is what numbering.xml says about each w:num.
type numberingInfo struct {
	abstractOf map[string]string // numId -> abstractNumId
	override   map[string]string // numId -> startOverride
	start      map[string]string // abstractNumId -> start of level 0
	lvlText    map[string]string // abstractNumId -> lvlText of level 0
}

func readNumbering(t *testing.T, data []byte) numberingInfo {
	t.Helper()
	var n struct {
		Abstract []struct {
			ID  string `xml:"abstractNumId,attr"`
			Lvl []struct {
				Ilvl  string `xml:"ilvl,attr"`
				Start struct {
					Val string `xml:"val,attr"`
				} `xml:"start"`
				Text struct {
					Val string `xml:"val,attr"`
				} `xml:"lvlText"`
			} `xml:"lvl"`
		} `xml:"abstractNum"`
		Num []struct {
			ID       string `xml:"numId,attr"`
			Abstract struct {
				Val string `xml:"val,attr"`
			} `xml:"abstractNumId"`
			Override struct {
				Start struct {
					Val string `xml:"val,attr"`
				} `xml:"startOverride"`
			} `xml:"lvlOverride"`
		} `xml:"num"`
	}
	if err := xml.Unmarshal(data, &n); err != nil {
		t.Fatal(err)
	}
	info := numberingInfo{map[string]string{}, map[string]string{}, map[string]string{}, map[string]string{}}
	for _, a := range n.Abstract {
		info.start[a.ID] = a.Lvl[0].Start.Val
		info.lvlText[a.ID] = a.Lvl[0].Text.Val
	}
	for _, m := range n.Num {
		info.abstractOf[m.ID] = m.Abstract.Val
		info.override[m.ID] = m.Override.Start.Val
	}
	return info
}

func TestNumbering(t *testing.T) {
	p := parts(t, mustRender(t, sampleDocument()))
	info := readNumbering(t, p[partNumbering])
	body := readParagraphs(t, p[partDocument])
	for _, para := range body {
		if para.numID == "" {
			continue
		}
		if _, ok := info.abstractOf[para.numID]; !ok {
			t.Errorf("paragraph %q uses numId %s, not in numbering.xml", para.text, para.numID)
		}
	}

	// All pleading paragraphs are one list, starting at 1, labelled "1.".
	var pleading []string
	for _, para := range body {
		if strings.HasPrefix(para.text, "Allegation") {
			pleading = append(pleading, para.numID)
		}
	}
	if len(pleading) != 3 || pleading[0] == "" || pleading[1] != pleading[0] || pleading[2] != pleading[0] {
		t.Fatalf("pleading numIds = %q, want three equal", pleading)
	}
	abs := info.abstractOf[pleading[0]]
	if info.start[abs] != "1" || info.lvlText[abs] != "%1." {
		t.Errorf("pleading list start %q text %q", info.start[abs], info.lvlText[abs])
	}

	// The two ordered lists are separate lists, each starting at 1.
	alpha, gamma := find(t, body, "Alpha item"), find(t, body, "Gamma item")
	if alpha.numID == gamma.numID || alpha.numID == pleading[0] || gamma.numID == pleading[0] {
		t.Errorf("ordered lists share a numId: alpha %s gamma %s pleading %s", alpha.numID, gamma.numID, pleading[0])
	}
	for _, id := range []string{alpha.numID, gamma.numID} {
		if info.override[id] != "1" || info.start[info.abstractOf[id]] != "1" {
			t.Errorf("list %s starts at %q/%q, want 1", id, info.override[id], info.start[info.abstractOf[id]])
		}
	}
	if find(t, body, "Beta item").numID != alpha.numID {
		t.Error("second item of a list is in another list")
	}

	// Nested items sit one level down; continuation paragraphs carry no number.
	if b := find(t, body, "Beta bullet"); b.ilvl != "1" || b.numID != find(t, body, "Bullet item").numID {
		t.Errorf("nested bullet: %+v", b)
	}
	if c := find(t, body, "Beta continued"); c.numID != "" {
		t.Errorf("continuation paragraph numbered: %+v", c)
	}
}

func TestListStart(t *testing.T) {
	d := &doc.Document{Body: []doc.Block{
		doc.List{Ordered: true, Start: 7, Items: []doc.ListItem{{Blocks: []doc.Block{doc.Paragraph{Spans: []doc.Span{doc.T("seventh")}}}}}},
	}}
	p := parts(t, mustRender(t, d))
	info := readNumbering(t, p[partNumbering])
	id := find(t, readParagraphs(t, p[partDocument]), "seventh").numID
	if info.override[id] != "7" || info.start[info.abstractOf[id]] != "7" {
		t.Errorf("start = %q/%q, want 7", info.override[id], info.start[info.abstractOf[id]])
	}
}

func TestPleadingNumbersMustRun(t *testing.T) {
	for _, nums := range [][]int{{1, 3}, {0}, {2, 1}} {
		var body []doc.Block
		for _, n := range nums {
			body = append(body, doc.Numbered{Num: n, Spans: []doc.Span{doc.T("x")}})
		}
		var buf bytes.Buffer
		if err := Write(&buf, &doc.Document{Body: body}); err == nil {
			t.Errorf("Nums %v: no error", nums)
		}
		if buf.Len() != 0 {
			t.Errorf("Nums %v: %d bytes written on error", nums, buf.Len())
		}
	}
	// A complaint continued from paragraph 5 starts its Word list at 5.
	d := &doc.Document{Body: []doc.Block{doc.Numbered{Num: 5}, doc.Numbered{Num: 6}}}
	info := readNumbering(t, parts(t, mustRender(t, d))[partNumbering])
	if got := info.start[info.abstractOf["1"]]; got != "5" {
		t.Errorf("start = %q, want 5", got)
	}
}

func TestKeepTogether(t *testing.T) {
	body := readParagraphs(t, parts(t, mustRender(t, sampleDocument()))[partDocument])
	for s, want := range map[string]bool{
		"Kept with the signature.": true,
		"Sincerely,":               true,
		apostrophe:                 true,
		"Attorney at Law":          false, // last of the group
		"Parties":                  true,  // headings
		"Second page.":             false,
	} {
		var p wpara
		for _, q := range body {
			if q.text == s {
				p = q
			}
		}
		if p.keep != want {
			t.Errorf("%q keepNext = %v, want %v", s, p.keep, want)
		}
	}
}

func TestTableGeometry(t *testing.T) {
	data := parts(t, mustRender(t, sampleDocument()))[partDocument]
	var sum int
	cols := regexp.MustCompile(`<w:gridCol w:w="(\d+)"/>`).FindAllSubmatch(data, -1)
	for _, c := range cols {
		var n int
		for _, ch := range c[1] {
			n = n*10 + int(ch-'0')
		}
		sum += n
	}
	if len(cols) != 2 || sum != 12240-2*1440 {
		t.Errorf("grid = %d columns, %d twips; want 2, %d", len(cols), sum, 12240-2*1440)
	}
	for _, s := range []string{"<w:tblHeader/>", `<w:tblStyle w:val="TableGrid"/>`, `<w:tblW w:w="5000" w:type="pct"/>`} {
		if !bytes.Contains(data, []byte(s)) {
			t.Errorf("document lacks %s", s)
		}
	}
}

func TestLayoutAndProperties(t *testing.T) {
	d := sampleDocument()
	d.Layout = doc.Layout{MarginTop: 72, MarginBottom: 54, MarginLeft: 90, MarginRight: 36, FontSize: 13, LineSpacing: 2, ParagraphSpace: 0}
	p := parts(t, mustRender(t, d))
	for part, want := range map[string][]string{
		partDocument: {`<w:pgSz w:w="12240" w:h="15840"/>`, `<w:pgMar w:top="1440" w:right="720" w:bottom="1080" w:left="1800" w:header="720" w:footer="540" w:gutter="0"/>`},
		partStyles:   {`<w:sz w:val="26"/>`, `<w:spacing w:after="0" w:line="480" w:lineRule="auto"/>`, `<w:lang w:val="vi-VN"`},
		partCore: {"<dc:title>Claim of " + vietnamese + "</dc:title>", "<dc:creator>Zoë O&#39;Brien</dc:creator>",
			"<dc:subject>Smith &amp; &lt;Sons&gt;</dc:subject>", "<dc:language>vi-VN</dc:language>",
			`<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-04T13:06:07Z</dcterms:created>`,
			`<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-04T13:06:07Z</dcterms:modified>`},
	} {
		for _, w := range want {
			if !bytes.Contains(p[part], []byte(w)) {
				t.Errorf("%s lacks %s", part, w)
			}
		}
	}
	d.Layout.MarginLeft, d.Layout.MarginRight = 300, 300
	if err := Write(new(bytes.Buffer), d); err == nil {
		t.Error("margins wider than the page: no error")
	}
}

func TestPackageOrder(t *testing.T) {
	pkg := mustRender(t, sampleDocument())
	names := regexp.MustCompile(`PK\x01\x02`).FindAllIndex(pkg, -1)
	if len(names) < 10 {
		t.Fatalf("%d central directory entries", len(names))
	}
	if !bytes.HasPrefix(pkg[30:], []byte(contentTypes)) {
		t.Errorf("first entry is not %s", contentTypes)
	}
}

func TestDeterministic(t *testing.T) {
	first := mustRender(t, sampleDocument())
	if second := mustRender(t, sampleDocument()); !bytes.Equal(first, second) {
		t.Fatal("two writes of one document differ")
	}
	// Concurrent writes share the embedded base but nothing else.
	var wg sync.WaitGroup
	out := make([][]byte, 8)
	for i := range out {
		wg.Go(func() {
			var buf bytes.Buffer
			if err := Write(&buf, sampleDocument()); err != nil {
				t.Error(err)
			}
			out[i] = buf.Bytes()
		})
	}
	wg.Wait()
	for i, b := range out {
		if !bytes.Equal(b, first) {
			t.Errorf("concurrent write %d differs", i)
		}
	}
}

func TestEmptyAndInvalid(t *testing.T) {
	if err := Write(new(bytes.Buffer), nil); err == nil {
		t.Error("nil document: no error")
	}
	// An empty document is still a valid one-page .docx.
	p := parts(t, mustRender(t, &doc.Document{}))
	if got := readParagraphs(t, p[partDocument]); len(got) != 1 {
		t.Errorf("empty document has %d paragraphs", len(got))
	}
	// Characters XML 1.0 forbids never reach the file.
	d := &doc.Document{Body: []doc.Block{doc.Paragraph{Spans: []doc.Span{doc.T("a\x00b\x1bc\uFFFEd\xffe\tf\r\ng")}}}}
	got := readParagraphs(t, parts(t, mustRender(t, d))[partDocument])[0].text
	if want := "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf\ng"; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
}

func TestWellFormed(t *testing.T) {
	for _, bad := range []string{"", "<a>", "<a></b>", "<a><b></a></b>", "<a>&</a>", "<a>\x01</a>", "<a/><b/>"} {
		if err := wellFormed([]byte(bad)); err == nil {
			t.Errorf("wellFormed(%q) = nil", bad)
		}
	}
	if err := wellFormed([]byte(`<?xml version="1.0"?><w:a xmlns:w="u"><w:b/>x&amp;y</w:a>`)); err != nil {
		t.Error(err)
	}
}

func TestPageBreak(t *testing.T) {
	data := parts(t, mustRender(t, sampleDocument()))[partDocument]
	// Before a paragraph, the break is that paragraph's pageBreakBefore, so
	// a full page never leaves a blank one behind.
	if !bytes.Contains(data, []byte(`<w:pageBreakBefore/></w:pPr><w:r><w:t xml:space="preserve">Second page.`)) {
		t.Error("paragraph after the page break does not start a page")
	}
	// Before a table, or at the end, it is a page-break run.
	d := &doc.Document{Body: []doc.Block{doc.PageBreak{}, doc.Table{}, doc.PageBreak{}}}
	data = parts(t, mustRender(t, d))[partDocument]
	if n := bytes.Count(data, []byte(`<w:br w:type="page"/>`)); n != 2 {
		t.Errorf("%d page-break runs, want 2", n)
	}
}
