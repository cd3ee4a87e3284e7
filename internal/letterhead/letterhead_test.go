package letterhead

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"redress/internal/letterhead/lhtest"
)

func mustOpen(t *testing.T, data []byte) *Letterhead {
	t.Helper()
	lh, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	return lh
}

// decodes checks a part with encoding/xml, which shares no code with
// parseXML's checks.
func decodes(t *testing.T, what string, b []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("%s does not decode: %v\n%s", what, err, b)
		}
	}
}

// text is the w:t text of a part.
func text(t *testing.T, b []byte) string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	var out strings.Builder
	in := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out.String()
		}
		if err != nil {
			t.Fatal(err)
		}
		switch v := tok.(type) {
		case xml.StartElement:
			in = v.Name.Space == nsW && v.Name.Local == "t"
		case xml.EndElement:
			in = false
		case xml.CharData:
			if in {
				out.Write(v)
			}
		}
	}
}

func TestOpenSample(t *testing.T) {
	lh := mustOpen(t, lhtest.Zip(t, lhtest.Sample(t)))
	want := Page{Width: 12240, Height: 15840, Top: 2340, Right: 1584, Bottom: 1071, Left: 1584, Header: 576, Footer: 576}
	if lh.Page != want {
		t.Errorf("page %+v, want %+v", lh.Page, want)
	}
	if len(lh.Headers) != 1 || len(lh.Footers) != 1 || lh.Headers["default"] == nil || lh.Footers["default"] == nil {
		t.Fatalf("headers %v, footers %v: want one default each", lh.Headers, lh.Footers)
	}
	h := lh.Headers["default"]
	decodes(t, "the header", h.XML)
	if got := text(t, h.XML); got != "{{firm.name}}{{firm.email}}" {
		t.Errorf("header text %q", got)
	}
	if len(lh.Media) != 1 || lh.Media[0].Name != "word/media/letterhead1.png" || lh.Media[0].ContentType != "image/png" {
		t.Fatalf("media %+v", lh.Media)
	}
	for _, r := range h.Rels {
		if r.Target != "word/media/letterhead1.png" || r.Type != RelImage {
			t.Errorf("header relationship %+v", r)
		}
	}
	if len(h.Rels) != 2 {
		t.Errorf("header keeps %d relationships, want the logo's two (DrawingML and VML)", len(h.Rels))
	}
	if !bytes.Contains(lh.Styles, []byte(`w:styleId="FirmName"`)) || lh.FontTable == nil {
		t.Error("styles or font table not taken")
	}
	if len(lh.Dropped) != 0 {
		t.Errorf("the sample lost %q", lh.Dropped)
	}
}

// TestOpenHostile: nothing that could act when a reader opens a letter
// survives, the rest of the header does, and Dropped says what went.
func TestOpenHostile(t *testing.T) {
	lh := mustOpen(t, lhtest.Hostile(t))
	all := strings.Join(lh.Dropped, "\n")
	for _, w := range lhtest.Dropped {
		if !strings.Contains(all, w) {
			t.Errorf("Dropped lacks %q:\n%s", w, all)
		}
	}
	var out bytes.Buffer
	parts := map[string]*Part{"header": lh.Headers["default"], "footer": lh.Footers["default"], "font table": lh.FontTable,
		"styles": {XML: lh.Styles}}
	for what, p := range parts {
		decodes(t, what, p.XML)
		out.Write(p.XML)
		for _, r := range p.Rels {
			out.WriteString(r.ID + " " + r.Type + " " + r.Target + "\n")
			if r.Type != RelImage && r.Type != RelFont {
				t.Errorf("%s keeps a relationship of type %s", what, r.Type)
			}
		}
	}
	for _, m := range lh.Media {
		out.WriteString(m.Name + " " + m.ContentType + "\n")
		out.Write(m.Data)
	}
	for _, tr := range lhtest.Traces {
		if i := bytes.Index(out.Bytes(), []byte(tr)); i >= 0 {
			t.Errorf("%q survives: ...%s...", tr, out.Bytes()[max(0, i-80):min(out.Len(), i+80)])
		}
	}
	header := text(t, lh.Headers["default"].XML)
	for _, k := range lhtest.Kept {
		if !strings.Contains(header, k) {
			t.Errorf("the header lost %q: %s", k, header)
		}
	}
	if !bytes.Contains(lh.Headers["default"].XML, []byte(`<w:instrText xml:space="preserve"> PAGE </w:instrText>`)) {
		t.Error("the PAGE field is gone")
	}
	// The logo keeps its embedded picture, without its link; the only
	// picture left is the logo.
	if !bytes.Contains(lh.Headers["default"].XML, []byte(`<a:blip r:embed="rId1">`)) {
		t.Error("the logo lost its embedded picture")
	}
	if len(lh.Media) != 1 {
		t.Errorf("media %v, want the logo alone", lh.Media)
	}
	if again := mustOpen(t, lhtest.Hostile(t)); !bytes.Equal(again.Headers["default"].XML, lh.Headers["default"].XML) ||
		strings.Join(again.Dropped, "\n") != all {
		t.Error("opening the same file twice gives different results")
	}
	// Reported once.
	if d := lh.DroppedOnce(); len(d) != len(lh.Dropped) {
		t.Errorf("DroppedOnce the first time: %q", d)
	}
	if d := lh.DroppedOnce(); d != nil {
		t.Errorf("DroppedOnce the second time: %q", d)
	}
}

func TestOpenBroken(t *testing.T) {
	for _, c := range lhtest.Broken(t) {
		_, err := Open(c.DOCX)
		var le *Error
		if !errors.As(err, &le) {
			t.Errorf("%s: got %v, want an *Error", c.Name, err)
			continue
		}
		for _, w := range c.Wants {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q lacks %q", c.Name, err, w)
			}
		}
	}
}

func TestOpenWrongFiles(t *testing.T) {
	odt := lhtest.Zip(t, map[string][]byte{"mimetype": []byte("application/vnd.oasis.opendocument.text")})
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"text", []byte("Dear Sir"), "is not a Word document (.docx)"},
		{"doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 100)...), "old Word 97-2003 document"},
		{"pdf", []byte("%PDF-1.7"), "is a PDF"},
		{"png", []byte("\x89PNG\r\n\x1a\n...."), "is an image"},
		{"rtf", []byte(`{\rtf1\ansi`), "Rich Text"},
		{"odt", odt, "OpenDocument"},
		{"zip without a document", lhtest.Zip(t, map[string][]byte{"content.xml": []byte("<x/>")}), "no word/document.xml"},
		{"truncated", lhtest.Zip(t, lhtest.Sample(t))[:200], "damaged zip"},
		{"too large", append([]byte("PK\x03\x04"), make([]byte, MaxSize)...), "at most 4 MiB"},
		{"a spreadsheet", lhtest.Edit(t, func(p map[string][]byte) {
			s := strings.Replace(string(p["[Content_Types].xml"]), "wordprocessingml.document.main+xml", "spreadsheetml.sheet.main+xml", 1)
			p["[Content_Types].xml"] = []byte(s)
		}), "not a Word document"},
	} {
		_, err := Open(c.data)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}

// headerWith is the sample with body as the header's content (inside
// <w:hdr>, after the logo paragraph's namespaces).
func headerWith(t *testing.T, body string) *Part {
	t.Helper()
	lh := mustOpen(t, lhtest.Edit(t, func(p map[string][]byte) {
		s := string(p["word/header1.xml"])
		start := strings.Index(s, "<w:p>")
		p["word/header1.xml"] = []byte(s[:start] + body + "</w:hdr>")
	}))
	return lh.Headers["default"]
}

func TestFields(t *testing.T) {
	const (
		begin = `<w:r><w:fldChar w:fldCharType="begin"/></w:r>`
		sep   = `<w:r><w:fldChar w:fldCharType="separate"/></w:r>`
		end   = `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
	)
	instr := func(s string) string { return `<w:r><w:instrText>` + s + `</w:instrText></w:r>` }
	tx := func(s string) string { return `<w:r><w:t>` + s + `</w:t></w:r>` }
	for _, c := range []struct {
		name, body, want string
		gone             []string
	}{
		{"a field whose name a nested field gives",
			`<w:p>` + begin + begin + instr(" QUOTE INCLUDEPICTURE ") + sep + tx("INCLUDEPICTURE") + end + instr(` "http://x.example.org/a.png" `) + sep + tx("shown") + end + `</w:p>`,
			"shown", []string{"x.example.org", "QUOTE", "fldChar"}},
		{"a field nested in a kept one's result",
			`<w:p>` + begin + instr(" IF 1 = 1 ") + sep + begin + instr(` LINK Excel.Sheet "\\\\s\\x.xlsx" `) + sep + tx("linked") + end + end + `</w:p>`,
			"linked", []string{"LINK", `\\`}},
		{"a field split over paragraphs",
			`<w:p>` + begin + instr(" INCLUDETEXT ") + `</w:p><w:p>` + instr(` "http://x.example.org/t.docx" `) + sep + tx("kept text") + `</w:p><w:p>` + end + `</w:p>`,
			"kept text", []string{"x.example.org", "INCLUDETEXT"}},
		{"a field never ended",
			`<w:p>` + tx("before ") + begin + instr(` DDE App "topic" `) + `</w:p>`,
			"before ", []string{"DDE", "App"}},
		{"a lower-case field",
			`<w:p>` + begin + instr(` includePicture "http://x.example.org/a.png" `) + sep + tx("pic") + end + `</w:p>`,
			"pic", []string{"x.example.org"}},
		{"a hyperlink field", `<w:p><w:fldSimple w:instr=" HYPERLINK &quot;http://x.example.org/&quot; "><w:r><w:t>site</w:t></w:r></w:fldSimple></w:p>`,
			"site", []string{"x.example.org", "fldSimple"}},
	} {
		h := headerWith(t, c.body)
		decodes(t, c.name, h.XML)
		if got := text(t, h.XML); got != c.want {
			t.Errorf("%s: text %q, want %q\n%s", c.name, got, c.want, h.XML)
		}
		for _, g := range c.gone {
			if bytes.Contains(h.XML, []byte(g)) {
				t.Errorf("%s: %q survives:\n%s", c.name, g, h.XML)
			}
		}
	}
	// Kept fields stay whole.
	h := headerWith(t, `<w:p>`+begin+instr(" PAGE ")+sep+tx("1")+end+`<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>`)
	for _, w := range []string{`w:fldCharType="begin"`, "PAGE", `w:fldCharType="end"`, `w:instr=" NUMPAGES "`} {
		if !bytes.Contains(h.XML, []byte(w)) {
			t.Errorf("a kept field lost %s:\n%s", w, h.XML)
		}
	}
}

// TestPicturesAndLinks: an SVG picture goes and its PNG copy stays; a
// chart goes with its relationship; a picture whose content is not a
// picture goes, and so does one shown only by an object left out.
func TestPicturesAndLinks(t *testing.T) {
	lh := mustOpen(t, lhtest.Edit(t, func(p map[string][]byte) {
		s := string(p["word/header1.xml"])
		s = strings.Replace(s, `<a:blip r:embed="rId1"></a:blip>`, `<a:blip r:embed="rId1"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="rId5"/></a:ext></a:extLst></a:blip>`, 1)
		s = strings.Replace(s, `</w:hdr>`, `<w:p><w:r><w:drawing><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="x"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId6"/></a:graphicData></a:graphic></w:drawing></w:r><w:r><w:t>after</w:t></w:r></w:p><w:p><w:r><w:object><v:shape id="o"><v:imagedata r:id="rId8"/></v:shape></w:object></w:r></w:p></w:hdr>`, 1)
		p["word/header1.xml"] = []byte(s)
		p["word/media/logo.svg"] = []byte(`<svg xmlns="http://www.w3.org/2000/svg"><image href="http://x.example.org/a.png"/></svg>`)
		p["word/media/fake.png"] = []byte("MZ not a picture")
		p["word/media/preview.png"] = p["word/media/image1.png"] // shown only by an embedded object
		p["word/charts/chart1.xml"] = []byte(`<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>`)
		rels := string(p["word/_rels/header1.xml.rels"])
		rels = strings.Replace(rels, `</Relationships>`, `<Relationship Id="rId5" Type="`+RelImage+`" Target="media/logo.svg"/>`+
			`<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart1.xml"/>`+
			`<Relationship Id="rId7" Type="`+RelImage+`" Target="media/fake.png"/>`+
			`<Relationship Id="rId8" Type="`+RelImage+`" Target="media/preview.png"/></Relationships>`, 1)
		p["word/_rels/header1.xml.rels"] = []byte(rels)
		ct := strings.Replace(string(p["[Content_Types].xml"]), `</Types>`, `<Default Extension="svg" ContentType="image/svg+xml"/></Types>`, 1)
		p["[Content_Types].xml"] = []byte(ct)
	}))
	h := lh.Headers["default"]
	for _, gone := range []string{"svgBlip", "{96DAC541", "c:chart", "rId5", "rId6", "rId7", "rId8", "w:object"} {
		if bytes.Contains(h.XML, []byte(gone)) {
			t.Errorf("%q survives", gone)
		}
	}
	if !bytes.Contains(h.XML, []byte(`<a:blip r:embed="rId1"><a:extLst></a:extLst></a:blip>`)) {
		t.Errorf("the logo lost its PNG:\n%s", h.XML)
	}
	if got := text(t, h.XML); !strings.HasSuffix(got, "after") {
		t.Errorf("text after the chart lost: %q", got)
	}
	if len(lh.Media) != 1 || len(h.Rels) != 2 {
		t.Errorf("media %d, relationships %+v: want the logo alone", len(lh.Media), h.Rels)
	}
	all := strings.Join(lh.Dropped, "\n")
	for _, w := range []string{"word/media/logo.svg of type image/svg+xml", "a chart word/charts/chart1.xml", "word/media/fake.png, which is not the image/png picture"} {
		if !strings.Contains(all, w) {
			t.Errorf("Dropped lacks %q:\n%s", w, all)
		}
	}
}

// TestInheritedHeader: a last section without a header has the one of
// the section before, as in Word; a different first page takes the
// first-page header, and only then.
func TestInheritedHeader(t *testing.T) {
	lh := mustOpen(t, lhtest.Edit(t, func(p map[string][]byte) {
		s := string(p["word/document.xml"])
		refs := `<w:headerReference w:type="default" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/>`
		s = strings.Replace(s, refs, "", 1)
		s = strings.Replace(s, `<w:body>`, `<w:body><w:p><w:pPr><w:sectPr>`+refs+`<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr></w:p>`, 1)
		p["word/document.xml"] = []byte(s)
	}))
	if lh.Headers["default"] == nil || lh.Footers["default"] == nil {
		t.Fatal("the last section did not inherit the header and footer")
	}
	if lh.Page.Width != 12240 {
		t.Errorf("page from the first section: %+v", lh.Page)
	}
	lh = mustOpen(t, lhtest.Edit(t, func(p map[string][]byte) {
		s := string(p["word/document.xml"])
		s = strings.Replace(s, `<w:footerReference w:type="default" r:id="rId3"/>`, `<w:footerReference w:type="first" r:id="rId3"/>`, 1)
		p["word/document.xml"] = []byte(s)
	}))
	if lh.Footers["first"] != nil || len(lh.Footers) != 0 {
		t.Error("a first-page footer taken without a different first page")
	}
}

// TestRewrite: what write produces reads again as the same tokens, with
// text and attribute values that need escaping intact.
func TestRewrite(t *testing.T) {
	in := `<?xml version="1.0" encoding="utf-8"?>` + "\n<!-- a comment --><w:hdr xmlns:w=\"" + nsW + `"><?pi x?><w:p w:x="a&amp;b&quot;c&#9;d&#10;e"><w:r><w:t xml:space="preserve"> Smith &amp; &lt;Sons&gt; ]]&gt; Nguyễn Văn Ân </w:t><w:br/></w:r><w:r><w:t><![CDATA[<b>]]></w:t></w:r></w:p><w:p/></w:hdr>`
	x, err := parseXML([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	out := x.write(nil)
	decodes(t, "the rewrite", out)
	for _, w := range []string{`w:x="a&amp;b&quot;c&#9;d&#10;e"`, ` Smith &amp; &lt;Sons&gt; ]]&gt; Nguyễn Văn Ân </w:t><w:br/>`, `<w:t>&lt;b&gt;</w:t>`, `<w:p/></w:hdr>`} {
		if !bytes.Contains(out, []byte(w)) {
			t.Errorf("rewrite lacks %s:\n%s", w, out)
		}
	}
	if bytes.Contains(out, []byte("comment")) || bytes.Contains(out, []byte("<?pi")) {
		t.Errorf("comment or processing instruction kept:\n%s", out)
	}
	y, err := parseXML(out)
	if err != nil {
		t.Fatal(err)
	}
	if again := y.write(nil); !bytes.Equal(again, out) {
		t.Errorf("a second rewrite differs:\n%s\n%s", out, again)
	}
	for _, bad := range []string{
		`<a><b></a></b>`, `<a></a><b/>`, `text<a/>`, `<x:a/>`, `<a xmlns:x="u"><x:b y:z="1"/></a>`, `<é/>`,
		`<?xml version="1.0" encoding="windows-1252"?><a/>`, "<a>\x01</a>", `<a>&nbsp;</a>`,
	} {
		if _, err := parseXML([]byte(bad)); err == nil {
			t.Errorf("parseXML accepts %q", bad)
		}
	}
}

// FuzzOpen: no input makes Open panic, and what it accepts it writes as
// XML that encoding/xml decodes.
func FuzzOpen(f *testing.F) {
	f.Add(lhtest.Zip(f, lhtest.Sample(f)))
	f.Add(lhtest.Hostile(f))
	f.Fuzz(func(t *testing.T, data []byte) {
		lh, err := Open(data)
		if err != nil {
			return
		}
		for _, p := range lh.Headers {
			decodes(t, "a header", p.XML)
		}
	})
}

// FuzzRewrite: what parseXML accepts, write turns into XML that
// parseXML accepts again and writes the same.
func FuzzRewrite(f *testing.F) {
	for _, p := range lhtest.Sample(f) {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		x, err := parseXML(b)
		if err != nil {
			return
		}
		out := x.write(nil)
		y, err := parseXML(out)
		if err != nil {
			t.Fatalf("the rewrite does not parse: %v\n%s", err, out)
		}
		if again := y.write(nil); !bytes.Equal(again, out) {
			t.Fatalf("a second rewrite differs:\n%s\n%s", out, again)
		}
	})
}
