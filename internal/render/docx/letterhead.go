package docx

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"sync"

	"redress/internal/doc"
)

// A document with a Letterhead (doc.Letterhead) is built on the firm's
// own .docx. The writer builds its package as always (base/, the body,
// numbering, core properties) and then takes from the letterhead:
//
//   - the header and footer parts that the letterhead's last section uses
//     for its first page (when it has a different first page) and for the
//     others, with the tokens filled in (letterhead_tokens.go) and the
//     document's own running header set above them and its running footer
//     below them, so that the draft mark and "Page N of M" stay on every
//     page. A page kind the letterhead has no header (or footer) for gets
//     the document's own. Even-page headers are not used: the writer's
//     settings do not turn them on.
//   - every part those headers and footers refer to (their images, with
//     the images' relationships and content types), under the names they
//     have in the letterhead, and the letterhead's font table and theme
//     (Word styles name theme fonts);
//   - the page size, margins and header and footer distances of the
//     letterhead's last section (the body's text width and, on pleading
//     paper, its line grid follow them), and its different-first-page
//     switch;
//   - the styles, merged with the writer's (letterhead_styles.go).
//
// Everything else of the letterhead (its body, settings, numbering,
// comments, custom XML, macros) is left out. Parsing a letterhead is done
// once per distinct file in a process (parseLetterhead caches it by
// content); filling it in for a document is string work on a few parts.

// letterheadDoc is a parsed letterhead, shared by every document that
// uses it and never changed.
type letterheadDoc struct {
	parts map[string][]byte // every part of the package, by name
	types contentTypeMap

	// The last section's page setup, in twips.
	pageW, pageH                 int
	orient                       string // "" or "landscape"
	top, right, bottom, left     int
	header, footer, gutter       int
	titlePg                      bool
	headers, footers             map[string]string // "default" and "first" → part name
	styles                       string            // the styles part's content, "" if none
	stylesName, fontTable, theme string            // part names, "" if none
}

// Namespaces and relationship types the letterhead code reads and writes.
const (
	mainNS        = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	relNS         = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	pkgRelNS      = "http://schemas.openxmlformats.org/package/2006/relationships"
	relTypeBase   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	relHeader     = relTypeBase + "header"
	relFooter     = relTypeBase + "footer"
	relStyles     = relTypeBase + "styles"
	relTheme      = relTypeBase + "theme"
	relFontTable  = relTypeBase + "fontTable"
	relImage      = relTypeBase + "image"
	ctHeader      = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
	ctFooter      = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
	partDocRels   = "word/_rels/document.xml.rels"
	partFontTable = "word/fontTable.xml"
)

// maxLetterheadPart bounds a part of a letterhead, unpacked: a header is a
// few kilobytes, a logo a few hundred.
const maxLetterheadPart = 32 << 20

// CheckLetterhead reports whether data is a letterhead .docx the writer
// can build on, and if not, why: it is not a zip, its header or styles are
// not well-formed, a part its header refers to is missing, its margins
// leave no room. Callers check a letterhead once, before drafting, so that
// the problem is reported against the case file rather than as a failure
// to write.
func CheckLetterhead(data []byte) error {
	_, err := parseLetterhead(data)
	return err
}

// letterheadCache holds parsed letterheads by the SHA-256 of their bytes:
// a batch writes thousands of documents on one letterhead. It is emptied
// when it holds maxCachedLetterheads.
var letterheadCache struct {
	sync.Mutex
	m map[[32]byte]*letterheadEntry
}

type letterheadEntry struct {
	once sync.Once
	lh   *letterheadDoc
	err  error
}

const maxCachedLetterheads = 16

// parseLetterhead parses a letterhead, once per distinct content.
func parseLetterhead(data []byte) (*letterheadDoc, error) {
	key := sha256.Sum256(data)
	letterheadCache.Lock()
	if letterheadCache.m == nil || len(letterheadCache.m) >= maxCachedLetterheads {
		letterheadCache.m = map[[32]byte]*letterheadEntry{}
	}
	e := letterheadCache.m[key]
	if e == nil {
		e = &letterheadEntry{}
		letterheadCache.m[key] = e
	}
	letterheadCache.Unlock()
	e.once.Do(func() { e.lh, e.err = readLetterhead(data) })
	return e.lh, e.err
}

// readLetterhead parses a letterhead package.
func readLetterhead(data []byte) (*letterheadDoc, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("not a .docx (zip) package: %w", err)
	}
	lh := &letterheadDoc{parts: map[string][]byte{}, headers: map[string]string{}, footers: map[string]string{}}
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, "/") {
			continue
		}
		b, err := readEntry(f, maxLetterheadPart)
		if err != nil {
			return nil, fmt.Errorf("part %s: %w", f.Name, err)
		}
		lh.parts[strings.TrimPrefix(f.Name, "/")] = b
	}
	if lh.types, err = parseContentTypes(lh.parts[contentTypes]); err != nil {
		return nil, fmt.Errorf("%s: %w", contentTypes, err)
	}
	document, ok := lh.parts[partDocument]
	if !ok {
		return nil, fmt.Errorf("no %s", partDocument)
	}
	rels, err := lh.rels(partDocument)
	if err != nil {
		return nil, err
	}
	if err := lh.section(document, rels); err != nil {
		return nil, fmt.Errorf("%s: %w", partDocument, err)
	}
	for _, r := range rels {
		if r.external() {
			continue
		}
		switch r.Type {
		case relStyles:
			lh.stylesName = r.target
		case relTheme:
			lh.theme = r.target
		case relFontTable:
			lh.fontTable = r.target
		}
	}
	if lh.stylesName != "" {
		b, ok := lh.parts[lh.stylesName]
		if !ok {
			return nil, fmt.Errorf("its styles part %s is missing", lh.stylesName)
		}
		if err := checkWordPart(b, "styles"); err != nil {
			return nil, fmt.Errorf("%s: %w", lh.stylesName, err)
		}
		lh.styles = string(b)
	}
	// Every part the writer will copy must be there and, if XML, well
	// formed, with its own references: check them all now.
	for _, name := range lh.carriedRoots() {
		if err := lh.checkCarried(name, map[string]bool{}); err != nil {
			return nil, err
		}
	}
	return lh, nil
}

// readEntry reads a zip entry whole (checking its CRC), at most max bytes.
func readEntry(f *zip.File, max int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, max+1))
	if err == nil && int64(len(b)) > max {
		err = fmt.Errorf("larger than %d MiB", max>>20)
	}
	return b, err
}

// carriedRoots are the parts the writer copies from the letterhead, with
// everything they refer to: the headers and footers in use, the font
// table and the theme.
func (lh *letterheadDoc) carriedRoots() []string {
	var out []string
	for _, kind := range []string{"default", "first"} {
		if p := lh.headers[kind]; p != "" {
			out = append(out, p)
		}
		if p := lh.footers[kind]; p != "" {
			out = append(out, p)
		}
	}
	if lh.fontTable != "" {
		out = append(out, lh.fontTable)
	}
	if lh.theme != "" {
		out = append(out, lh.theme)
	}
	return out
}

// checkCarried checks a part the writer copies and, through its
// relationships, every part it refers to.
func (lh *letterheadDoc) checkCarried(name string, seen map[string]bool) error {
	if seen[name] {
		return nil
	}
	seen[name] = true
	b, ok := lh.parts[name]
	if !ok {
		return fmt.Errorf("the part %s, which it refers to, is missing", name)
	}
	if _, err := lh.types.of(name); err != nil {
		return err
	}
	switch {
	case name == lh.headers["default"] || name == lh.headers["first"]:
		if err := checkWordPart(b, "hdr"); err != nil {
			return fmt.Errorf("its header %s: %w", name, err)
		}
	case name == lh.footers["default"] || name == lh.footers["first"]:
		if err := checkWordPart(b, "ftr"); err != nil {
			return fmt.Errorf("its footer %s: %w", name, err)
		}
	case strings.HasSuffix(name, ".xml"):
		if err := checkXML(b); err != nil {
			return fmt.Errorf("its part %s: %w", name, err)
		}
	}
	rels, err := lh.rels(name)
	if err != nil {
		return err
	}
	for _, r := range rels {
		if r.external() {
			continue
		}
		if err := lh.checkCarried(r.target, seen); err != nil {
			return err
		}
	}
	return nil
}

// checkXML checks a part with the writer's scanner (which is stricter
// than XML: no DOCTYPE, CDATA or processing instructions) and decodes it
// with encoding/xml.
func checkXML(b []byte) error {
	if err := wellFormed(b); err != nil {
		return err
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// checkWordPart checks a WordprocessingML part the writer edits as text
// (a header, a footer, the styles): well-formed, its root the element
// local in the main namespace, with that namespace bound to the prefix
// "w" on the root, as Word and LibreOffice write it.
func checkWordPart(b []byte, local string) error {
	if err := checkXML(b); err != nil {
		return err
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.RawToken()
		if err != nil {
			return fmt.Errorf("no root element")
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if se.Name.Space != "w" || se.Name.Local != local {
			return fmt.Errorf("its root is <%s:%s>, want <w:%s>", se.Name.Space, se.Name.Local, local)
		}
		for _, a := range se.Attr {
			if a.Name.Space == "xmlns" && a.Name.Local == "w" && a.Value == mainNS {
				return nil
			}
		}
		return fmt.Errorf("the prefix w is not bound to %s on <w:%s>", mainNS, local)
	}
}

// relationship is one entry of a .rels part. target is Target resolved
// to a part name (for an internal one).
type relationship struct {
	ID         string `xml:"Id,attr"`
	Type       string `xml:"Type,attr"`
	Target     string `xml:"Target,attr"`
	TargetMode string `xml:"TargetMode,attr"`
	target     string
}

func (r relationship) external() bool { return strings.EqualFold(r.TargetMode, "External") }

// relsName is the relationships part of a part: word/_rels/header1.xml.rels.
func relsName(part string) string {
	dir, file := path.Split(part)
	return dir + "_rels/" + file + ".rels"
}

// rels reads the relationships of a part (none if it has no .rels part),
// resolving each internal target to a part name.
func (lh *letterheadDoc) rels(part string) ([]relationship, error) {
	b, ok := lh.parts[relsName(part)]
	if !ok {
		return nil, nil
	}
	var v struct {
		Rels []relationship `xml:"Relationship"`
	}
	if err := checkXML(b); err != nil {
		return nil, fmt.Errorf("%s: %w", relsName(part), err)
	}
	if err := xml.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("%s: %w", relsName(part), err)
	}
	for i := range v.Rels {
		r := &v.Rels[i]
		if r.external() {
			continue
		}
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = path.Clean(t[1:])
		} else {
			t = path.Join(path.Dir(part), t)
		}
		if strings.HasPrefix(t, "../") || t == ".." || t == "." {
			return nil, fmt.Errorf("%s: relationship %s points outside the package (%s)", relsName(part), r.ID, r.Target)
		}
		r.target = t
	}
	return v.Rels, nil
}

// section reads the page setup and the headers and footers of the
// document's last section: the w:sectPr that is a child of w:body.
func (lh *letterheadDoc) section(document []byte, rels []relationship) error {
	byID := map[string]relationship{}
	for _, r := range rels {
		byID[r.ID] = r
	}
	d := xml.NewDecoder(bytes.NewReader(document))
	var stack []string
	var sect []xml.StartElement // the children of the last body-level sectPr
	inSect := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			name := t.Name.Local
			if t.Name.Space != mainNS {
				name = "?" + name
			}
			if name == "sectPr" && parent == "body" {
				inSect, sect = true, nil
			} else if inSect && parent == "sectPr" && len(stack) >= 2 && stack[len(stack)-2] == "body" {
				sect = append(sect, t.Copy())
			}
			stack = append(stack, name)
		case xml.EndElement:
			if len(stack) > 0 {
				if stack[len(stack)-1] == "sectPr" && len(stack) >= 2 && stack[len(stack)-2] == "body" {
					inSect = false
				}
				stack = stack[:len(stack)-1]
			}
		}
	}
	// Without a section the page is the writer's Letter page with one-inch
	// margins, the header and footer half an inch from the edge.
	lh.pageW, lh.pageH = pageWidthTwips, pageHeightTwips
	lh.top, lh.right, lh.bottom, lh.left, lh.header, lh.footer = 1440, 1440, 1440, 1440, 720, 720
	attr := func(e xml.StartElement, name string) (string, bool) {
		for _, a := range e.Attr {
			if a.Name.Local == name && (a.Name.Space == mainNS || a.Name.Space == "") {
				return a.Value, true
			}
		}
		return "", false
	}
	num := func(e xml.StartElement, name string, dst *int) error {
		v, ok := attr(e, name)
		if !ok {
			return nil
		}
		n, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || n > 1e6 || n < -1e6 {
			return fmt.Errorf("<w:%s w:%s=%q>: not a length in twips", e.Name.Local, name, v)
		}
		*dst = int(n)
		return nil
	}
	for _, e := range sect {
		var err error
		switch e.Name.Local {
		case "headerReference", "footerReference":
			kind, _ := attr(e, "type")
			if kind == "" {
				kind = "default"
			}
			if kind != "default" && kind != "first" {
				continue
			}
			var id string
			for _, a := range e.Attr {
				if a.Name.Space == relNS && a.Name.Local == "id" {
					id = a.Value
				}
			}
			r, ok := byID[id]
			if !ok || r.external() {
				return fmt.Errorf("<w:%s> refers to relationship %q, which %s lacks", e.Name.Local, id, partDocRels)
			}
			if e.Name.Local == "headerReference" {
				lh.headers[kind] = r.target
			} else {
				lh.footers[kind] = r.target
			}
		case "pgSz":
			if err = num(e, "w", &lh.pageW); err == nil {
				err = num(e, "h", &lh.pageH)
			}
			if o, _ := attr(e, "orient"); o == "landscape" {
				lh.orient = o
			}
		case "pgMar":
			for _, f := range []struct {
				name string
				dst  *int
			}{{"top", &lh.top}, {"right", &lh.right}, {"bottom", &lh.bottom}, {"left", &lh.left},
				{"header", &lh.header}, {"footer", &lh.footer}, {"gutter", &lh.gutter}} {
				if err == nil {
					err = num(e, f.name, f.dst)
				}
			}
		case "titlePg":
			v, ok := attr(e, "val")
			lh.titlePg = !ok || v == "1" || v == "true" || v == "on"
		}
		if err != nil {
			return err
		}
	}
	if lh.pageW < 2880 || lh.pageH < 2880 || lh.pageW > 31680 || lh.pageH > 31680 {
		return fmt.Errorf("page size %.2f × %.2f in is not a paper size", float64(lh.pageW)/1440, float64(lh.pageH)/1440)
	}
	if lh.right < 0 || lh.left < 0 || lh.header < 0 || lh.footer < 0 || lh.gutter < 0 {
		return errors.New("a page margin is negative")
	}
	if w, h := lh.textWidth(), lh.textHeight(); w < 1440 || h < 1440 {
		return fmt.Errorf("its margins leave a text area of %.2f × %.2f in; redress needs at least an inch each way", float64(w)/1440, float64(h)/1440)
	}
	return nil
}

// textWidth and textHeight are the letterhead page's text area, twips. A
// negative top or bottom margin (the text does not move down for a tall
// header) counts by its size.
func (lh *letterheadDoc) textWidth() int { return lh.pageW - lh.left - lh.right - lh.gutter }
func (lh *letterheadDoc) textHeight() int {
	return lh.pageH - abs(lh.top) - abs(lh.bottom)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// bodyLayout is the layout of a document set on the letterhead's page:
// in's font size and spacing, with margins that give the letterhead's text
// width and height. layout measures the text area from a Letter page
// (textWidth, setPleading), so the margins it holds are those that give
// that area on a Letter page (one of them negative for a larger sheet);
// the section written into the document is the letterhead's own
// (sectPr).
func (lh *letterheadDoc) bodyLayout(in doc.Layout) (layout, error) {
	l, err := resolveLayout(in)
	if err != nil {
		return layout{}, err
	}
	l.left = lh.left + lh.gutter
	l.right = pageWidthTwips - l.left - lh.textWidth()
	l.top = abs(lh.top)
	l.bottom = pageHeightTwips - l.top - lh.textHeight()
	// Pleading paper's grid depends on the text height: set it again.
	if in.LineSpacing <= 0 {
		in.LineSpacing = 1
	}
	l.pleading, l.slot = 0, 0
	l.line = int(0.5 + 240*in.LineSpacing)
	l.after = twips(in.ParagraphSpace)
	if err := l.setPleading(in); err != nil {
		return layout{}, err
	}
	return l, nil
}

// sectPr is the body's section: the letterhead's page setup, the header
// and footer references the package holds, the pleading paper's line
// numbering.
func (lh *letterheadDoc) sectPr(l layout, refs []hfRef) string {
	var b strings.Builder
	b.WriteString("<w:sectPr>")
	for _, r := range refs {
		fmt.Fprintf(&b, `<w:%sReference w:type="%s" r:id="%s"/>`, r.element, r.kind, r.id)
	}
	fmt.Fprintf(&b, `<w:pgSz w:w="%d" w:h="%d"`, lh.pageW, lh.pageH)
	if lh.orient != "" {
		b.WriteString(` w:orient="` + lh.orient + `"`)
	}
	b.WriteString("/>")
	fmt.Fprintf(&b, `<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="%d"/>`,
		lh.top, lh.right, lh.bottom, lh.left, lh.header, lh.footer, lh.gutter)
	b.WriteString(lnNumType(l))
	b.WriteString(`<w:cols w:space="720"/>`)
	if lh.titlePg {
		b.WriteString("<w:titlePg/>")
	}
	b.WriteString(`<w:docGrid w:linePitch="360"/></w:sectPr>`)
	return b.String()
}

// hfRef is a header or footer reference of the body's section.
type hfRef struct {
	element string // "header" or "footer"
	kind    string // "default" or "first"
	id      string // relationship id
}

// replaceSectPr puts sect in place of the final w:sectPr of document.xml.
func replaceSectPr(content, sect string) (string, error) {
	start := strings.LastIndex(content, "<w:sectPr")
	end := strings.LastIndex(content, "</w:sectPr>")
	if start < 0 || end < start {
		return "", errors.New("no final <w:sectPr> in the body")
	}
	return content[:start] + sect + content[end+len("</w:sectPr>"):], nil
}

// withoutLetterhead returns blocks without the groups marked Letterhead,
// at any depth; blocks itself is not changed.
func withoutLetterhead(blocks []doc.Block) []doc.Block {
	out := make([]doc.Block, 0, len(blocks))
	for _, b := range blocks {
		switch x := b.(type) {
		case doc.Group:
			if x.Letterhead {
				continue
			}
			x.Blocks = withoutLetterhead(x.Blocks)
			b = x
		case *doc.Group:
			if x == nil {
				continue
			}
			if x.Letterhead {
				continue
			}
			g := *x
			g.Blocks = withoutLetterhead(g.Blocks)
			b = g
		case doc.List:
			items := make([]doc.ListItem, len(x.Items))
			for i, it := range x.Items {
				items[i] = doc.ListItem{Blocks: withoutLetterhead(it.Blocks)}
			}
			x.Items = items
			b = x
		}
		out = append(out, b)
	}
	return out
}
