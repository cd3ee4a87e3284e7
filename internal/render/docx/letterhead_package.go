package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"

	"redress/internal/doc"
	"redress/internal/letterhead"
)

// This file assembles a package that holds more than the base: the parts
// a letterhead brings, and the images of the body (letterhead_image.go).
// Without either, render keeps to overlayZip, byte for byte as before.

// contentTypeMap is a package's [Content_Types].xml: content types by
// extension (lower case, no dot) and by part name (without the leading
// slash).
type contentTypeMap struct {
	defaults  map[string]string
	overrides map[string]string
}

func parseContentTypes(b []byte) (contentTypeMap, error) {
	m := contentTypeMap{defaults: map[string]string{}, overrides: map[string]string{}}
	if b == nil {
		return m, fmt.Errorf("missing")
	}
	if err := wellFormed(b); err != nil {
		return m, err
	}
	var v struct {
		Defaults []struct {
			Ext string `xml:"Extension,attr"`
			CT  string `xml:"ContentType,attr"`
		} `xml:"Default"`
		Overrides []struct {
			Part string `xml:"PartName,attr"`
			CT   string `xml:"ContentType,attr"`
		} `xml:"Override"`
	}
	if err := xml.Unmarshal(b, &v); err != nil {
		return m, err
	}
	for _, d := range v.Defaults {
		m.defaults[strings.ToLower(d.Ext)] = d.CT
	}
	for _, o := range v.Overrides {
		m.overrides[strings.ToLower(strings.TrimPrefix(o.Part, "/"))] = o.CT
	}
	return m, nil
}

// extension is a part name's extension, lower case, without the dot.
func extension(part string) string {
	return strings.ToLower(strings.TrimPrefix(path.Ext(part), "."))
}

// relationship is one relationship the writer adds to the main document.
type relationship struct {
	ID, Type, Target string
}

// pkgBuilder collects what a package holds beyond the base: parts to
// replace or add, relationships of the main document, content types.
type pkgBuilder struct {
	base     contentTypeMap // the base's content types
	parts    map[string][]byte
	docRels  []relationship // added to the base's document relationships
	nextRel  int
	types    []string // <Default/> and <Override/> elements to add
	declared map[string]bool
	origin   map[string]string // the parts in the package so far → "writer" or "letterhead"
}

// basePkg is what a package builder needs of the base: its part names,
// content types and document relationships.
type basePkg struct {
	names          []string
	types          contentTypeMap
	typesXML, rels []byte
}

// loadBasePkg reads it once per process.
var loadBasePkg = sync.OnceValues(func() (*basePkg, error) {
	base, err := loadBase()
	if err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(base.zip), int64(len(base.zip)))
	if err != nil {
		return nil, err
	}
	bp := &basePkg{}
	for _, f := range zr.File {
		bp.names = append(bp.names, f.Name)
		switch f.Name {
		case contentTypes:
			bp.typesXML, err = readEntry(f, 1<<20)
		case partDocRels:
			bp.rels, err = readEntry(f, 1<<20)
		}
		if err != nil {
			return nil, err
		}
	}
	if bp.types, err = parseContentTypes(bp.typesXML); err != nil {
		return nil, fmt.Errorf("docx: base %s: %w", contentTypes, err)
	}
	if bp.rels == nil {
		return nil, fmt.Errorf("docx: base lacks %s", partDocRels)
	}
	return bp, nil
})

// readEntry reads a zip entry whole (checking its CRC), at most max bytes.
func readEntry(f *zip.File, max int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, max+1))
	if err == nil && int64(len(b)) > max {
		err = fmt.Errorf("larger than %d bytes", max)
	}
	return b, err
}

func newPkgBuilder(parts map[string][]byte) (*pkgBuilder, *basePkg, error) {
	bp, err := loadBasePkg()
	if err != nil {
		return nil, nil, err
	}
	pb := &pkgBuilder{parts: parts, declared: map[string]bool{}, origin: map[string]string{},
		base: contentTypeMap{defaults: maps.Clone(bp.types.defaults), overrides: bp.types.overrides}}
	for _, name := range bp.names {
		pb.origin[name] = "writer"
	}
	pb.nextRel = 100 // the base's own ids are rId1 to rId6
	return pb, bp, nil
}

// relID returns a new relationship id of the main document.
func (pb *pkgBuilder) relID() string {
	pb.nextRel++
	return "rId" + strconv.Itoa(pb.nextRel)
}

// addDocRel adds a relationship of the main document to a part, and
// returns its id.
func (pb *pkgBuilder) addDocRel(typ, part string) string {
	id := pb.relID()
	pb.docRels = append(pb.docRels, relationship{ID: id, Type: typ, Target: relTarget("word", part)})
	return id
}

// declare makes sure a part has content type ct in the package: by its
// extension's default, or an override.
func (pb *pkgBuilder) declare(part, ct string) {
	if pb.declared[part] {
		return
	}
	pb.declared[part] = true
	ext := extension(part)
	if cur, ok := pb.base.defaults[ext]; ok && cur == ct {
		return
	}
	if cur, ok := pb.base.overrides[strings.ToLower(part)]; ok && cur == ct {
		return
	}
	if _, ok := pb.base.defaults[ext]; !ok && ext != "" && !strings.HasSuffix(part, ".xml") && isMediaType(ct) {
		pb.base.defaults[ext] = ct
		pb.types = append(pb.types, `<Default Extension="`+xmlAttr(ext)+`" ContentType="`+xmlAttr(ct)+`"/>`)
		return
	}
	pb.types = append(pb.types, `<Override PartName="/`+xmlAttr(part)+`" ContentType="`+xmlAttr(ct)+`"/>`)
}

// isMediaType reports a content type that a default by extension serves
// well (image/png), as opposed to one of an XML part.
func isMediaType(ct string) bool {
	return strings.HasPrefix(ct, "image/") || strings.HasPrefix(ct, "audio/") || strings.HasPrefix(ct, "video/")
}

// put adds a part. A part the writer names itself (own: the header and
// footer slots, the font table) replaces what is there; a part that keeps
// its letterhead name must not clash with a part already in the package
// (a letterhead image named like a part of the writer's own).
func (pb *pkgBuilder) put(name string, b []byte, own bool) error {
	if _, ok := pb.origin[name]; ok && !own {
		return fmt.Errorf("its part %s has the name of a part redress writes itself", name)
	}
	pb.origin[name] = "letterhead"
	pb.parts[name] = b
	return nil
}

// putPart adds an XML part of the letterhead under name, with its
// relationships (to the letterhead's media, added by letterhead).
func (pb *pkgBuilder) putPart(name string, content []byte, rels []letterhead.Rel, own bool) error {
	if err := pb.put(name, content, own); err != nil {
		return err
	}
	if len(rels) == 0 {
		return nil
	}
	return pb.put(relsName(name), relsXML(rels, path.Dir(name)), own)
}

// relTarget writes the target of a relationship from a part in folder
// dir to part.
func relTarget(dir, part string) string {
	if dir == "." || dir == "" {
		return part
	}
	if strings.HasPrefix(part, dir+"/") {
		return part[len(dir)+1:]
	}
	return "/" + part
}

// relsXML writes the relationships part of a part in folder dir.
func relsXML(rels []letterhead.Rel, dir string) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<Relationships xmlns="` + pkgRelNS + `">`)
	for _, r := range rels {
		b.WriteString(`<Relationship Id="` + xmlAttr(r.ID) + `" Type="` + xmlAttr(r.Type) + `" Target="` + xmlAttr(relTarget(dir, r.Target)) + `"/>`)
	}
	b.WriteString("</Relationships>")
	return []byte(b.String())
}

// relsName is the relationships part of a part: word/_rels/header1.xml.rels.
func relsName(part string) string {
	dir, file := path.Split(part)
	return dir + "_rels/" + file + ".rels"
}

// xmlAttr escapes a value for an attribute.
func xmlAttr(s string) string {
	var b strings.Builder
	escapeText(&b, s)
	return b.String()
}

// finish writes the main document's relationships and the content types
// with what was added, into parts.
func (pb *pkgBuilder) finish(baseRels, baseTypes []byte) error {
	if len(pb.docRels) > 0 {
		var b strings.Builder
		for _, r := range pb.docRels {
			b.WriteString(`<Relationship Id="` + r.ID + `" Type="` + xmlAttr(r.Type) + `" Target="` + xmlAttr(r.Target) + `"/>`)
		}
		out, err := insertBefore(baseRels, "</Relationships>", b.String())
		if err != nil {
			return fmt.Errorf("docx: base %s: %w", partDocRels, err)
		}
		pb.parts[partDocRels] = out
	}
	if len(pb.types) > 0 {
		out, err := insertBefore(baseTypes, "</Types>", strings.Join(pb.types, ""))
		if err != nil {
			return fmt.Errorf("docx: base %s: %w", contentTypes, err)
		}
		pb.parts[contentTypes] = out
	}
	for name, b := range pb.parts {
		if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
			if err := wellFormed(b); err != nil {
				return fmt.Errorf("docx: part %s: %w", name, err)
			}
		}
	}
	return nil
}

// insertBefore inserts s before the last occurrence of end in b.
func insertBefore(b []byte, end, s string) ([]byte, error) {
	i := bytes.LastIndex(b, []byte(end))
	if i < 0 {
		return nil, fmt.Errorf("no %s", end)
	}
	out := make([]byte, 0, len(b)+len(s))
	out = append(out, b[:i]...)
	out = append(out, s...)
	return append(out, b[i:]...), nil
}

// packageZip copies the zip base, putting the bytes in parts in place of
// the entries of the same names and adding the others after them, in name
// order, so that the same parts give the same bytes.
func packageZip(base []byte, parts map[string][]byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(base), int64(len(base)))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	seen := map[string]bool{}
	for _, f := range zr.File {
		seen[f.Name] = true
		if b, ok := parts[f.Name]; ok {
			err = addEntry(zw, f.Name, b, zip.Store)
		} else {
			err = zw.Copy(f)
		}
		if err != nil {
			return nil, err
		}
	}
	var added []string
	for name := range parts {
		if !seen[name] {
			added = append(added, name)
		}
	}
	slices.SortFunc(added, zipOrder)
	for _, name := range added {
		if err := addEntry(zw, name, parts[name], zip.Store); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// buildPackage is render's path for a document with a letterhead or
// images: the base with parts (the writer's generated parts), plus what
// the letterhead and the body's media bring. It returns the zip and the
// main document's final section (or "" to keep the base's).
func buildPackage(base *baseDoc, parts map[string][]byte, d *doc.Document, lh *letterhead.Letterhead, l layout, m *media) ([]byte, string, error) {
	pb, bp, err := newPkgBuilder(parts)
	if err != nil {
		return nil, "", err
	}
	sect := ""
	if lh != nil {
		if sect, err = pb.letterhead(base, d, lh, l); err != nil {
			return nil, "", err
		}
	}
	if err := pb.media(m); err != nil {
		return nil, "", err
	}
	if err := pb.finish(bp.rels, bp.typesXML); err != nil {
		return nil, "", err
	}
	z, err := packageZip(base.zip, pb.parts)
	return z, sect, err
}

// letterhead puts the letterhead's parts into the package and returns the
// body's section.
func (pb *pkgBuilder) letterhead(base *baseDoc, d *doc.Document, lh *letterhead.Letterhead, l layout) (string, error) {
	tokens := d.Letterhead.Tokens
	st, err := mergeStyles(base.styles, string(lh.Styles), l, d.Meta.Language)
	if err != nil {
		return "", fmt.Errorf("docx: letterhead styles: %w", err)
	}
	pb.parts[partStyles] = []byte(st.xml)
	var refs []hfRef
	kinds := []string{"default"}
	if lh.Page.TitlePg {
		kinds = append(kinds, "first")
	}
	for _, el := range []struct {
		element, root, style, ct string
		theirs                   map[string]*letterhead.Part
		ours                     []doc.Paragraph
		base                     string
		above                    bool
	}{
		{"header", "w:hdr", styleHeader, ctHeader, lh.Headers, d.Header, partHeader, true},
		{"footer", "w:ftr", styleFooter, ctFooter, lh.Footers, d.Footer, partFooter, false},
	} {
		own := hfParagraphsXML(st.rename(el.style), el.ours, l, st)
		for i, kind := range kinds {
			name := el.base
			if i > 0 {
				name = fmt.Sprintf("word/%s%d.xml", el.element, i+1)
			}
			var content []byte
			var rels []letterhead.Rel
			if src := el.theirs[kind]; src != nil {
				content, err = fillPart(src.XML, tokens, own, el.above, st.aliases, l.pleading > 0)
				if err != nil {
					return "", fmt.Errorf("docx: letterhead %s: %w", el.element, err)
				}
				rels = src.Rels
			} else {
				content = hfPartXML(el.root, own)
			}
			id := "rId5"
			if el.element == "footer" {
				id = "rId6"
			}
			if i > 0 {
				id = pb.addDocRel(relTypeBase+el.element, name)
				pb.declare(name, el.ct)
			}
			if err := pb.putPart(name, content, rels, true); err != nil {
				return "", fmt.Errorf("docx: letterhead: %w", err)
			}
			refs = append(refs, hfRef{element: el.element, kind: kind, id: id})
		}
	}
	for _, m := range lh.Media {
		if err := pb.put(m.Name, m.Data, false); err != nil {
			return "", fmt.Errorf("docx: letterhead: %w", err)
		}
		pb.declare(m.Name, m.ContentType)
	}
	if ft := lh.FontTable; ft != nil {
		if err := pb.putPart(partFontTable, ft.XML, ft.Rels, true); err != nil {
			return "", fmt.Errorf("docx: letterhead: %w", err)
		}
	}
	if th := lh.Theme; th != nil {
		if err := pb.putPart(partTheme, th.XML, th.Rels, false); err != nil {
			return "", fmt.Errorf("docx: letterhead: %w", err)
		}
		pb.declare(partTheme, ctTheme)
		pb.addDocRel(relTheme, partTheme)
	}
	// Headers first, then footers, each default before first: the order
	// CT_SectPr allows in any order, kept fixed for stable bytes.
	slices.SortStableFunc(refs, func(a, b hfRef) int { return strings.Compare(b.element, a.element) })
	return sectPr(lh.Page, l, refs), nil
}

// hfParagraphsXML writes the document's own running header or footer
// paragraphs as hdrFtrXML does, without the part around them.
func hfParagraphsXML(style string, paras []doc.Paragraph, l layout, st *mergedStyles) string {
	var b strings.Builder
	for _, p := range paras {
		s := paragraphStyle(p.Style)
		if s == styleBody {
			s = style
		}
		(&paragraph{style: st.rename(s), align: p.Align, noLineNumbers: l.pleading > 0, markSize: markSize(p.Spans),
			runs: runsXML(p.Spans, false)}).writeXML(&b)
	}
	return b.String()
}

// hfPartXML is a header or footer part holding only the document's own
// paragraphs (at least one paragraph, as a part must hold).
func hfPartXML(root, paras string) []byte {
	if paras == "" {
		paras = "<w:p/>"
	}
	return []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		"<" + root + ` xmlns:w="` + mainNS + `" xmlns:r="` + relNS + `">` + paras + "</" + root + ">")
}

// finishDocument puts the letterhead's section in place of the base's
// and declares the namespaces of inline pictures on the root.
func finishDocument(content, sect string, m *media) (string, error) {
	if sect != "" {
		var err error
		if content, err = replaceSectPr(content, sect); err != nil {
			return "", err
		}
	}
	if !m.empty() {
		const root = "<w:document "
		i := strings.Index(content, root)
		if i < 0 {
			return "", fmt.Errorf("no <w:document> root")
		}
		var decl strings.Builder
		for _, ns := range []struct{ prefix, uri string }{{"wp", nsWP}, {"a", nsA}, {"pic", nsPic}} {
			if !strings.Contains(content[i:tagEnd(content, i)], "xmlns:"+ns.prefix+"=") {
				decl.WriteString(`xmlns:` + ns.prefix + `="` + ns.uri + `" `)
			}
		}
		content = content[:i+len(root)] + decl.String() + content[i+len(root):]
	}
	return content, nil
}
