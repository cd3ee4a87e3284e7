package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"image"
	"image/jpeg"
	"io"
	"os"
	"os/exec"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"redress/internal/doc"
	"redress/internal/letterhead"
)

// The letterhead made with LibreOffice from samples/letterhead/letterhead.fodt:
// its header holds the logo, {{firm.name}} typed in two runs and
// {{firm.email}}; its footer "{{firm.address}} · {{firm.phone}}"; its
// page is Letter with 1.1-inch side margins.
const sampleLetterhead = "../../../samples/letterhead/letterhead.docx"

const draftMark = "DRAFT FOR ATTORNEY REVIEW — NOT YET SENT"

func readSampleLetterhead(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(sampleLetterhead)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// lhTokens are token values that must survive as text.
func lhTokens() map[string]string {
	return map[string]string{
		"firm.name":    markup + " · " + vietnamese,
		"firm.email":   "intake@lakeshore.example.org",
		"firm.address": "410 N. Main St., Suite 200, Chicago, IL 60610",
		"firm.phone":   "(312) 555-0142",
		"matter.id":    "LIRC-2026-0142",
	}
}

// onLetterhead is the bench letter with the running header and footer of
// a redress letter, its own letterhead group, and the given letterhead.
func onLetterhead(t testing.TB, lh []byte) *doc.Document {
	d := letter()
	d.Header = []doc.Paragraph{{Style: doc.Small, Align: doc.Right, Spans: []doc.Span{
		{Text: draftMark, Bold: true}, doc.BR(), doc.T("Privileged & Confidential")}}}
	d.Footer = []doc.Paragraph{{Style: doc.Small, Align: doc.Center, Spans: []doc.Span{
		doc.T("Page "), {Kind: doc.PageNumber}, doc.T(" of "), {Kind: doc.PageCount}}}}
	d.Body = append([]doc.Block{doc.Group{Letterhead: true, Blocks: []doc.Block{
		doc.Paragraph{Style: doc.Compact, Align: doc.Center, Spans: []doc.Span{doc.B("BODY LETTERHEAD")}}, doc.Rule{}}}}, d.Body...)
	if lh != nil {
		d.Letterhead = &doc.Letterhead{Source: openLetterhead(t, lh), Tokens: lhTokens()}
	}
	return d
}

// openLetterhead opens a letterhead .docx for a test.
func openLetterhead(t testing.TB, b []byte) *letterhead.Letterhead {
	t.Helper()
	lh, err := letterhead.Open(b)
	if err != nil {
		t.Fatal(err)
	}
	return lh
}

// pkgRel is a relationship of a written package; target is Target as a
// part name.
type pkgRel struct {
	ID         string `xml:"Id,attr"`
	Type       string `xml:"Type,attr"`
	Target     string `xml:"Target,attr"`
	TargetMode string `xml:"TargetMode,attr"`
	target     string
}

// pkgRels reads the relationships of a part of a written package, by id.
func pkgRels(t testing.TB, ps map[string][]byte, part string) map[string]pkgRel {
	t.Helper()
	b, ok := ps[relsName(part)]
	if !ok {
		return nil
	}
	var v struct {
		Rels []pkgRel `xml:"Relationship"`
	}
	if err := xml.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s: %v", relsName(part), err)
	}
	out := map[string]pkgRel{}
	for _, r := range v.Rels {
		if r.TargetMode != "External" {
			if strings.HasPrefix(r.Target, "/") {
				r.target = r.Target[1:]
			} else {
				r.target = path.Join(path.Dir(part), r.Target)
			}
		}
		out[r.ID] = r
	}
	return out
}

// sectionParts returns the header and footer parts the body's final
// section refers to, by "header default", "footer first", ...
func sectionParts(t testing.TB, ps map[string][]byte) (map[string]string, []xml.StartElement) {
	t.Helper()
	kids := finalSectPr(t.(*testing.T), ps[partDocument])
	// In the schema's order.
	last := 0
	for _, k := range kids {
		i := slices.Index(ctSectPr, k.Name.Local)
		if i < last {
			t.Errorf("<w:%s> out of the schema's order in the section", k.Name.Local)
		}
		last = max(last, i)
	}
	rels := pkgRels(t, ps, partDocument)
	out := map[string]string{}
	for _, k := range kids {
		if k.Name.Local != "headerReference" && k.Name.Local != "footerReference" {
			continue
		}
		id := ""
		for _, a := range k.Attr {
			if a.Name.Space == relNS && a.Name.Local == "id" {
				id = a.Value
			}
		}
		r, ok := rels[id]
		if !ok {
			t.Fatalf("section refers to %s, which the document's relationships lack", id)
		}
		if _, ok := ps[r.target]; !ok {
			t.Fatalf("section refers to %s, which the package lacks", r.target)
		}
		out[strings.TrimSuffix(k.Name.Local, "Reference")+" "+attr(k, "type")] = r.target
	}
	return out, kids
}

// partText is the w:t text of a part's paragraphs, one line each.
func partText(t testing.TB, part []byte) string {
	t.Helper()
	return strings.Join(texts(readParagraphs(t, part)), "\n")
}

func TestLetterheadLibreOffice(t *testing.T) {
	pkg := mustRender(t, onLetterhead(t, readSampleLetterhead(t)))
	ps := parts(t, pkg)
	refs, sect := sectionParts(t, ps)
	hdr, ftr := refs["header default"], refs["footer default"]
	if hdr == "" || ftr == "" {
		t.Fatalf("section refers to %v, want a default header and footer", refs)
	}
	header, footer := partText(t, ps[hdr]), partText(t, ps[ftr])
	for _, want := range []string{markup + " · " + vietnamese, "intake@lakeshore.example.org", draftMark} {
		if !strings.Contains(header, want) {
			t.Errorf("header lacks %q:\n%s", want, header)
		}
	}
	for _, want := range []string{"410 N. Main St., Suite 200, Chicago, IL 60610 · (312) 555-0142", "Page # of #"} {
		if !strings.Contains(footer, want) {
			t.Errorf("footer lacks %q:\n%s", want, footer)
		}
	}
	// The draft mark comes first, above the letterhead.
	if !strings.HasPrefix(header, draftMark) {
		t.Errorf("header does not start with the draft mark:\n%s", header)
	}
	for name, b := range ps {
		if strings.Contains(string(b), "{{") && (strings.HasPrefix(name, "word/header") || strings.HasPrefix(name, "word/footer")) {
			t.Errorf("%s keeps a token: %s", name, b)
		}
	}
	// The escaped value is text, not markup, in the raw XML too.
	if !strings.Contains(string(ps[hdr]), "Smith &amp; &lt;Sons&gt;") {
		t.Errorf("header does not hold the escaped firm name")
	}
	// The body's own letterhead is left out.
	if strings.Contains(string(ps[partDocument]), "BODY LETTERHEAD") {
		t.Error("the body keeps its own letterhead group")
	}

	// Page setup from the letterhead's sectPr: Letter, 1.1-inch sides.
	want := map[string]map[string]string{
		"pgSz":  {"w": "12240", "h": "15840"},
		"pgMar": {"left": "1584", "right": "1584", "top": "2340", "bottom": "1071", "header": "576", "footer": "576"},
	}
	for _, k := range sect {
		for a, v := range want[k.Name.Local] {
			if got := attr(k, a); got != v {
				t.Errorf("<w:%s w:%s> = %q, want %q", k.Name.Local, a, got, v)
			}
		}
		delete(want, k.Name.Local)
	}
	if len(want) > 0 {
		t.Errorf("section lacks %v", want)
	}
	// A table fills the letterhead's text width: 8.5 in less 2.2 in.
	if w := gridWidth(t, ps[partDocument]); w != 9072 {
		t.Errorf("table grid is %d twips wide, want the letterhead's text width, 9072", w)
	}

	// The header's logo comes along, with its relationship and type.
	hrels := pkgRels(t, ps, hdr)
	if len(hrels) == 0 {
		t.Fatalf("header %s has no relationships", hdr)
	}
	for _, r := range hrels {
		if _, ok := ps[r.target]; !ok {
			t.Errorf("header refers to %s, which the package lacks", r.target)
		}
	}
	if _, ok := ps["word/media/letterhead1.png"]; !ok {
		t.Error("package lacks the letterhead's logo word/media/letterhead1.png")
	}
	if !strings.Contains(string(ps[contentTypes]), `Extension="png" ContentType="image/png"`) {
		t.Errorf("content types do not declare PNG:\n%s", ps[contentTypes])
	}

	// Styles: the letterhead's look (Liberation Sans in Normal), the
	// writer's structure (Mark framed, BodyText at the layout's spacing),
	// and no second "Body Text".
	styles := string(ps[partStyles])
	for _, want := range []string{`w:styleId="Mark"`, `w:styleId="Note"`, `w:styleId="Compact"`, `w:styleId="BodyText"`,
		`w:styleId="FirmName"`, `w:ascii="Liberation Sans"`} {
		if !strings.Contains(styles, want) {
			t.Errorf("styles lack %s", want)
		}
	}
	if strings.Contains(styles, `w:styleId="TextBody"`) {
		t.Error("styles keep the letterhead's TextBody beside BodyText")
	}
	if n := strings.Count(styles, `<w:name w:val="Body Text"/>`); n != 1 {
		t.Errorf("%d styles named Body Text, want 1", n)
	}
	body := styleElement(t, styles, styleBody)
	for _, want := range []string{`w:after="200"`, `w:line="240"`, `<w:sz w:val="24"/>`, `<w:widowControl/>`} {
		if !strings.Contains(body, want) {
			t.Errorf("BodyText lacks %s: %s", want, body)
		}
	}
	if err := checkStyles(styles); err != nil && !strings.Contains(err.Error(), "docDefaults") {
		t.Errorf("merged styles: %v", err)
	}

	// Same input, same bytes.
	if again := mustRender(t, onLetterhead(t, readSampleLetterhead(t))); !bytes.Equal(pkg, again) {
		t.Error("two writes of the same document on a letterhead differ")
	}
}

// gridWidth is the width of the first table's grid, twips.
func gridWidth(t testing.TB, document []byte) int {
	t.Helper()
	tbl := string(document)
	if i := strings.Index(tbl, "</w:tblGrid>"); i >= 0 {
		tbl = tbl[:i]
	}
	sum := 0
	for _, m := range regexp.MustCompile(`<w:gridCol w:w="(\d+)"/>`).FindAllStringSubmatch(tbl, -1) {
		n, _ := strconv.Atoi(m[1])
		sum += n
	}
	return sum
}

// styleElement returns the w:style element of an id.
func styleElement(t testing.TB, styles, id string) string {
	t.Helper()
	els, _, err := scanStyles(styles)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range els {
		if e.id == id {
			return styles[e.start:e.end]
		}
	}
	t.Fatalf("no style %s", id)
	return ""
}

// TestLetterheadTokensAcrossRuns fills tokens split over runs as Word
// and LibreOffice split them, and leaves alone what is not a known token.
func TestLetterheadTokensAcrossRuns(t *testing.T) {
	r := func(s string) string { return `<w:r><w:rPr><w:b/></w:rPr><w:t>` + s + `</w:t></w:r>` }
	part := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:hdr xmlns:w="` + mainNS + `" xmlns:r="` + relNS + `">` +
		`<w:p><w:pPr><w:pStyle w:val="TextBody"/></w:pPr>` + r("Firm: {{fi") + r("rm.na") + `<w:proofErr w:type="spellStart"/>` + r("me}} ({{ matter.id }})") + `</w:p>` +
		`<w:p>` + r("{{firm.") + `<w:r><w:tab/></w:r>` + r("name}}") + `</w:p>` +
		`<w:p>` + r("{{firm.nmae}} and {") + r("{firm.phone}") + r("}") + `</w:p>` +
		`<w:p>` + r("a &amp; b {{firm.email}}") + `</w:p>` +
		`</w:hdr>`
	tokens := map[string]string{"firm.name": markup, "matter.id": vietnamese, "firm.phone": "1\n2", "firm.email": "<x@example.org>"}
	out, err := fillPart([]byte(part), tokens, "", true, map[string]string{"TextBody": "BodyText"}, false)
	if err != nil {
		t.Fatal(err)
	}
	got := texts(readParagraphs(t, out))
	want := []string{
		"Firm: " + markup + " (" + vietnamese + ")",
		"{{firm.\tname}}", // a tab separates: no token
		"{{firm.nmae}} and 1 2",
		"a & b <x@example.org>",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("filled text\n got %q\nwant %q", got, want)
	}
	s := string(out)
	if !strings.Contains(s, `<w:t xml:space="preserve">Firm: Smith &amp; &lt;Sons&gt;</w:t>`) {
		t.Errorf("the value is not set escaped in the run where the token starts:\n%s", s)
	}
	if !strings.Contains(s, `<w:pStyle w:val="BodyText"/>`) {
		t.Errorf("style reference not renamed:\n%s", s)
	}
	if strings.Count(s, "<w:b/>") != 9 {
		t.Errorf("runs lost their formatting:\n%s", s)
	}

	// The document's own paragraphs go first in a header, last in a
	// footer, and into an empty part.
	own := `<w:p><w:r><w:t>OWN</w:t></w:r></w:p>`
	for _, c := range []struct {
		part  string
		above bool
		want  []string
	}{
		{part, true, []string{"OWN", "Firm: {{fi"}},
		{strings.ReplaceAll(part, "w:hdr", "w:ftr"), false, []string{"a & b {{firm.email}}", "OWN"}},
		{`<w:hdr xmlns:w="` + mainNS + `"/>`, true, []string{"OWN"}},
	} {
		out, err := fillPart([]byte(c.part), nil, own, c.above, nil, false)
		if err != nil {
			t.Fatal(err)
		}
		got := texts(readParagraphs(t, out))
		if c.above && got[0] != c.want[0] || !c.above && got[len(got)-1] != c.want[len(c.want)-1] {
			t.Errorf("own paragraphs misplaced: %q", got)
		}
	}
}

// zipParts packs parts into a .docx for a test.
func zipParts(t testing.TB, files map[string]string) []byte {
	t.Helper()
	m := map[string][]byte{}
	for k, v := range files {
		m[k] = []byte(v)
	}
	b, err := zipFiles(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// wordLetterhead is a letterhead shaped as Word writes one: a theme, a
// different first page (a full letterhead on page 1, a short one after),
// a default header that names no style, styles with theme fonts and Word's
// spacing in docDefaults, and an A4 page.
func wordLetterhead(t testing.TB, mutate func(map[string]string)) []byte {
	t.Helper()
	ns := `xmlns:w="` + mainNS + `" xmlns:r="` + relNS + `"`
	hdr := func(root, text string) string {
		return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:` + root + ` ` + ns + `><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p></w:` + root + `>`
	}
	files := map[string]string{
		contentTypes: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpg" ContentType="image/jpeg"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/word/header1.xml" ContentType="` + ctHeader + `"/><Override PartName="/word/header2.xml" ContentType="` + ctHeader + `"/><Override PartName="/word/footer1.xml" ContentType="` + ctFooter + `"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="` + pkgRelNS + `"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		partDocument: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ` + ns + `><w:body><w:p/><w:sectPr w:rsidR="00A1"><w:headerReference w:type="even" r:id="rId9"/><w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="first" r:id="rId8"/><w:headerReference w:type="first" r:id="rId6"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>`,
		partDocRels: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="` + pkgRelNS + `"><Relationship Id="rId1" Type="` + relStyles + `" Target="styles.xml"/><Relationship Id="rId5" Type="` + relTheme + `" Target="theme/theme1.xml"/><Relationship Id="rId6" Type="` + relHeader + `" Target="header2.xml"/><Relationship Id="rId7" Type="` + relHeader + `" Target="header1.xml"/><Relationship Id="rId8" Type="` + relFooter + `" Target="footer1.xml"/><Relationship Id="rId9" Type="` + relHeader + `" Target="missing-even.xml"/></Relationships>`,
		"word/header1.xml":            hdr("hdr", "{{firm.name}} — continued"),
		"word/header2.xml":            hdr("hdr", `{{firm.name}}</w:t></w:r><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:embed="rId1"/></w:drawing></w:r><w:r><w:t>{{firm.address}}`),
		"word/_rels/header2.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="` + pkgRelNS + `"><Relationship Id="rId1" Type="` + relImage + `" Target="media/image1.jpg"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>`,
		"word/media/image1.jpg":       tinyJPEG(t),
		"word/footer1.xml":            hdr("ftr", "{{firm.phone}}"),
		"word/theme/theme1.xml":       `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"/>`,
		"word/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ` + ns + `><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
			`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
			`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>` +
			`<w:style w:type="table" w:default="1" w:styleId="NormaleTabelle"><w:name w:val="Normal Table"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:color w:val="2F5496"/><w:sz w:val="32"/></w:rPr></w:style>` +
			`<w:style w:type="character" w:customStyle="1" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/><w:link w:val="Heading1"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Kopfzeile"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="1F3A5F"/></w:rPr></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Brieftext"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Gruss"><w:name w:val="Closing"/><w:basedOn w:val="Brieftext"/><w:next w:val="Brieftext"/></w:style>` +
			`</w:styles>`,
	}
	if mutate != nil {
		mutate(files)
	}
	return zipParts(t, files)
}

func TestLetterheadWordShaped(t *testing.T) {
	d := onLetterhead(t, wordLetterhead(t, nil))
	pkg := mustRender(t, d)
	ps := parts(t, pkg)
	refs, sect := sectionParts(t, ps)
	// A different first page: both kinds, each with the draft mark, the
	// first page with the full letterhead; no even-page header.
	for kind, want := range map[string][]string{
		"header default": {draftMark, markup + " · " + vietnamese + " — continued"},
		"header first":   {draftMark, markup + " · " + vietnamese, "410 N. Main St."},
		"footer default": {"Page # of #"},
		"footer first":   {"(312) 555-0142", "Page # of #"},
	} {
		part := refs[kind]
		if part == "" {
			t.Errorf("section has no %s", kind)
			continue
		}
		text := partText(t, ps[part])
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s (%s) lacks %q:\n%s", kind, part, w, text)
			}
		}
	}
	if len(refs) != 4 {
		t.Errorf("section refers to %v, want a default and a first header and footer", refs)
	}
	titlePg := false
	for _, k := range sect {
		switch k.Name.Local {
		case "titlePg":
			titlePg = true
		case "pgSz":
			if attr(k, "w") != "11906" || attr(k, "h") != "16838" {
				t.Errorf("page size %s × %s, want A4", attr(k, "w"), attr(k, "h"))
			}
		}
	}
	if !titlePg {
		t.Error("section lost the different first page")
	}
	// The first page's picture and the theme come along; its external
	// link does not.
	first := refs["header first"]
	rels := pkgRels(t, ps, first)
	if r := rels["rId1"]; r.target != "word/media/letterhead1.jpeg" || ps[r.target] == nil {
		t.Errorf("first-page header's picture: %+v", r)
	}
	if r, ok := rels["rId2"]; ok {
		t.Errorf("first-page header keeps its external link: %+v", r)
	}
	if ps["word/theme/theme1.xml"] == nil || !strings.Contains(string(ps[partDocRels]), `Target="theme/theme1.xml"`) {
		t.Error("the theme is not carried with its relationship")
	}
	for _, want := range []string{`Extension="jpeg" ContentType="image/jpeg"`, `PartName="/word/theme/theme1.xml"`, `PartName="/word/header2.xml"`, `PartName="/word/footer2.xml"`} {
		if !strings.Contains(string(ps[contentTypes]), want) {
			t.Errorf("content types lack %s", want)
		}
	}
	// A4's text width, 11906 - 2 × 1134 twips.
	if w := gridWidth(t, ps[partDocument]); w != 9638 {
		t.Errorf("table grid is %d twips wide, want A4's text width, 9638", w)
	}
	styles := string(ps[partStyles])
	// Word's "header" style (Kopfzeile) stands for Header in the writer's
	// paragraphs; "Body Text" (Brieftext) is replaced by BodyText and
	// Closing now follows it; the heading's list numbering is gone; the
	// default table style is the letterhead's.
	if strings.Contains(styles, `w:styleId="Header"`) || !strings.Contains(styles, `w:styleId="Kopfzeile"`) {
		t.Error("the letterhead's header style is not the one used")
	}
	if strings.Contains(styles, `w:styleId="Brieftext"`) || !strings.Contains(styleElement(t, styles, "Gruss"), `<w:basedOn w:val="BodyText"/>`) {
		t.Error("references to the replaced Body Text style are not renamed")
	}
	if strings.Contains(styles, "numPr") {
		t.Error("a style keeps list numbering from the letterhead")
	}
	if strings.Contains(styles, `w:styleId="TableNormal"`) || !strings.Contains(styleElement(t, styles, styleTableGrid), `<w:basedOn w:val="NormaleTabelle"/>`) {
		t.Error("TableGrid is not based on the letterhead's default table style")
	}
	if !strings.Contains(styleElement(t, styles, "Heading1"), `<w:jc w:val="center"/>`) {
		t.Error("Heading1 is not the writer's")
	}
	if again := mustRender(t, onLetterhead(t, wordLetterhead(t, nil))); !bytes.Equal(pkg, again) {
		t.Error("two writes differ")
	}
}

// TestLetterheadNotOpened: a doc.Letterhead without its opened file is
// an error, not a document without the letterhead. What letterhead.Open
// refuses is tested in internal/letterhead.
func TestLetterheadNotOpened(t *testing.T) {
	d := onLetterhead(t, nil)
	d.Letterhead = &doc.Letterhead{Tokens: lhTokens()}
	if err := Write(io.Discard, d); err == nil {
		t.Error("Write accepts a letterhead that was not opened")
	}
}

// TestLetterheadPleading sets a complaint on pleading paper over the
// letterhead: the line grid follows the letterhead's text height, the
// header paragraphs keep out of the numbering.
func pleadingOnLetterhead(t testing.TB) *doc.Document {
	d := pleadingComplaint(40)
	d.Header = []doc.Paragraph{{Style: doc.Small, Align: doc.Right, Spans: []doc.Span{doc.B("DRAFT FOR ATTORNEY REVIEW")}}}
	d.Letterhead = &doc.Letterhead{Source: openLetterhead(t, readSampleLetterhead(t)), Tokens: lhTokens()}
	return d
}

func TestLetterheadPleading(t *testing.T) {
	ps := parts(t, mustRender(t, pleadingOnLetterhead(t)))
	_, sect := sectionParts(t, ps)
	found := false
	for _, k := range sect {
		found = found || k.Name.Local == "lnNumType"
	}
	if !found {
		t.Error("pleading paper lost its line numbering")
	}
	// 15840 - 2340 - 1071 twips of text for 28 double-spaced lines: a
	// slot of 221 twips, a pitch of 442.
	if !strings.Contains(styleElement(t, string(ps[partStyles]), styleBody), `w:line="442" w:lineRule="exact"`) {
		t.Errorf("BodyText is not on the letterhead's grid: %s", styleElement(t, string(ps[partStyles]), styleBody))
	}
	// Every paragraph of the header and footer, the letterhead's too, is
	// kept out of the numbering.
	refs, _ := sectionParts(t, ps)
	for _, kind := range []string{"header default", "footer default"} {
		part := ps[refs[kind]]
		if p, n := strings.Count(string(part), "<w:p>")+strings.Count(string(part), "<w:p "), strings.Count(string(part), "<w:suppressLineNumbers/>"); p == 0 || n != p {
			t.Errorf("%s: %d of %d paragraphs keep out of the line numbering", kind, n, p)
		}
		if err := xmlDecodes(part); err != nil {
			t.Errorf("%s: %v", kind, err)
		}
	}
	// Where a paragraph has properties, suppressLineNumbers goes in its
	// place among them, and a paragraph without gets some.
	out, err := suppressNumbers(`<w:hdr><w:p><w:pPr><w:pStyle w:val="Header"/><w:pBdr><w:bottom w:val="single"/></w:pBdr><w:jc w:val="center"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p><w:p/><w:p w:rsidR="1"><w:r><w:t>y</w:t></w:r></w:p><w:p><w:pPr/></w:p></w:hdr>`)
	if err != nil {
		t.Fatal(err)
	}
	want := `<w:hdr><w:p><w:pPr><w:pStyle w:val="Header"/><w:suppressLineNumbers/><w:pBdr><w:bottom w:val="single"/></w:pBdr><w:jc w:val="center"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p><w:p><w:pPr><w:suppressLineNumbers/></w:pPr></w:p><w:p w:rsidR="1"><w:pPr><w:suppressLineNumbers/></w:pPr><w:r><w:t>y</w:t></w:r></w:p><w:p><w:pPr><w:suppressLineNumbers/></w:pPr></w:p></w:hdr>`
	if out != want {
		t.Errorf("suppressNumbers:\n got %s\nwant %s", out, want)
	}
}

// imageDocument is a letter whose letterhead group holds a picture.
func imageDocument(t testing.TB) *doc.Document {
	t.Helper()
	logo, err := os.ReadFile("../../../samples/letterhead/logo.png")
	if err != nil {
		t.Fatal(err)
	}
	d := onLetterhead(t, nil)
	g := d.Body[0].(doc.Group)
	g.Blocks = append([]doc.Block{doc.Image{Data: logo, Width: 43.2, Height: 43.2, Align: doc.Center, Alt: "Logo of " + markup}}, g.Blocks...)
	d.Body[0] = g
	// The same picture twice is stored once.
	d.Body = append(d.Body, doc.Image{Data: logo, Width: 1000, Height: 1000})
	return d
}

func TestBodyImage(t *testing.T) {
	pkg := mustRender(t, imageDocument(t))
	ps := parts(t, pkg)
	var media []string
	for name := range ps {
		if strings.HasPrefix(name, "word/media/") {
			media = append(media, name)
		}
	}
	if len(media) != 1 || !strings.HasSuffix(media[0], ".png") {
		t.Fatalf("media %v, want one PNG", media)
	}
	document := string(ps[partDocument])
	if n := strings.Count(document, "<w:drawing>"); n != 2 {
		t.Errorf("%d drawings, want 2", n)
	}
	// 43.2 pt is 548640 EMU; the second is scaled to the text width, 6.5 in.
	for _, want := range []string{`<wp:extent cx="548640" cy="548640"/>`, `<wp:extent cx="5943600" cy="5943600"/>`,
		`descr="Logo of Smith &amp; &lt;Sons&gt;"`, `xmlns:pic=`} {
		if !strings.Contains(document, want) {
			t.Errorf("document lacks %s", want)
		}
	}
	rels := pkgRels(t, ps, partDocument)
	embeds := regexp.MustCompile(`r:embed="([^"]+)"`).FindAllStringSubmatch(document, -1)
	for _, m := range embeds {
		if r := rels[m[1]]; r.target != media[0] {
			t.Errorf("r:embed %s points at %q, want %s", m[1], r.target, media[0])
		}
	}
	if !strings.Contains(string(ps[contentTypes]), `Extension="png"`) {
		t.Error("content types do not declare PNG")
	}
	if again := mustRender(t, imageDocument(t)); !bytes.Equal(pkg, again) {
		t.Error("two writes differ")
	}
	// Not a picture: an error, not a document without it.
	d := onLetterhead(t, nil)
	d.Body = append(d.Body, doc.Image{Data: []byte("GIF89a")})
	if err := Write(io.Discard, d); err == nil {
		t.Error("Write accepts an image that is neither PNG nor JPEG")
	}
}

func TestLibreOfficeLetterhead(t *testing.T) {
	pdfs := toPDF(t, map[string][]byte{
		"letterhead": mustRender(t, onLetterhead(t, readSampleLetterhead(t))),
		"word":       mustRender(t, onLetterhead(t, wordLetterhead(t, nil))),
		"image":      mustRender(t, imageDocument(t)),
		"pleading":   mustRender(t, pleadingOnLetterhead(t)),
	})
	// A complaint on pleading paper over the letterhead opens too, with
	// the letterhead on its pages.
	text := pdfText(t, pdfs["pleading"], "-layout")
	if !strings.Contains(text, "Smith & <Sons>") || !strings.Contains(text, "DRAFT FOR ATTORNEY REVIEW") {
		t.Error("the pleading on the letterhead lost its header")
	}
	text = pdfText(t, pdfs["letterhead"], "-layout")
	pages := strings.Split(strings.TrimRight(text, "\f"), "\f")
	if len(pages) < 2 {
		t.Fatalf("letter on the letterhead has %d page(s), want at least 2", len(pages))
	}
	for i, p := range pages {
		for _, want := range []string{"DRAFT FOR ATTORNEY REVIEW", "Smith & <Sons> · " + vietnamese, "(312) 555-0142",
			"Page " + string(rune('1'+i)) + " of"} {
			if !strings.Contains(p, want) {
				t.Errorf("page %d of the letter on the letterhead lacks %q", i+1, want)
			}
		}
	}
	if strings.Contains(text, "{{") {
		t.Error("a token is left in the converted letter")
	}
	text = pdfText(t, pdfs["word"], "-layout")
	pages = strings.Split(strings.TrimRight(text, "\f"), "\f")
	if !strings.Contains(pages[0], "410 N. Main St.") || len(pages) > 1 && strings.Contains(pages[1], "410 N. Main St.") {
		t.Error("the first page's letterhead is not on the first page alone")
	}
	for i, p := range pages {
		if !strings.Contains(p, "DRAFT FOR ATTORNEY REVIEW") {
			t.Errorf("page %d of the Word-shaped letterhead lacks the draft mark", i+1)
		}
	}
	// The pictures survive LibreOffice: the letterhead's logo and the
	// body's.
	for _, name := range []string{"letterhead", "image"} {
		list := pdfImages(t, pdfs[name])
		if !strings.Contains(list, " image ") {
			t.Errorf("%s: LibreOffice's PDF has no image:\n%s", name, list)
		}
	}
}

// pdfImages runs pdfimages -list.
func pdfImages(t *testing.T, pdf string) string {
	t.Helper()
	tool := lookTool(t, "pdfimages")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, tool, "-list", pdf).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfimages: %v\n%s", err, out)
	}
	return string(out)
}

// tinyJPEG is a 4 × 4 JPEG.
func tinyJPEG(t testing.TB) string {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	for i := range img.Pix {
		img.Pix[i] = 0x80
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, nil); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// zipNames lists a package's entries, in order.
func zipNames(t testing.TB, pkg []byte) []string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range zr.File {
		out = append(out, f.Name)
	}
	return out
}

// TestNoLetterheadUnchanged: a document without a letterhead or pictures
// keeps to the base's parts.
func TestNoLetterheadUnchanged(t *testing.T) {
	names := zipNames(t, mustRender(t, letter()))
	for _, n := range names {
		if strings.Contains(n, "media") || n == "word/header2.xml" {
			t.Errorf("plain letter has %s", n)
		}
	}
}
