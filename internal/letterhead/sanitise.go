package letterhead

import (
	"bytes"
	"errors"
	"strings"
)

// What is cleaned out of a part redress copies. A letter built on the
// letterhead goes to a client, who opens it in Word; nothing in it may
// run code or reach outside the document when it is opened (a picture
// fetched from a web server tells the server who opened the letter, and
// one fetched from \\server\share makes Windows offer the reader's
// credentials to that server). So, in every part taken (sanitiser.carry):
//
//   - relationships: only those of the types the part's role allows (a
//     header's pictures, the font table's fonts), internal, to a part of
//     an allowed content type; external ones of any kind go (links, linked
//     pictures, templates, data sources);
//   - elements that hold code or other programs' content go whole:
//     embedded (OLE) objects, ActiveX controls, imported chunks,
//     subdocuments, click and hover actions, linked sound and video;
//   - an element that refers to a relationship that went goes too: the
//     picture (w:drawing, w:pict) it is part of, or the optional extension
//     (a:ext) it is in, such as an SVG picture beside its PNG copy; a
//     picture that keeps an embedded copy only loses the link (a:blip
//     r:link), and a hyperlink keeps its text;
//   - VML's own links (src, href, o:href) go;
//   - fields: only those that compute from the document itself are kept
//     (fieldsKept); any other (INCLUDEPICTURE, INCLUDETEXT, LINK, DDE,
//     DDEAUTO, HYPERLINK, DATABASE, IMPORT, ...) is replaced by the text it
//     last showed, or by nothing;
//   - macros never come along (no part that is not a header, footer,
//     styles, font table, theme, picture or font does), and are reported.

// removed are elements left out whole. Each refers to a relationship of
// a type no part keeps, which is what Dropped reports.
var removed = map[[2]string]bool{
	{nsW, "object"}: true, {nsW, "control"}: true, {nsW, "altChunk"}: true, {nsW, "subDoc"}: true,
	{nsO, "OLEObject"}:  true,
	{nsA, "hlinkClick"}: true, {nsA, "hlinkHover"}: true, {nsA, "hlinkMouseOver"}: true,
	{nsA, "videoFile"}: true, {nsA, "quickTimeFile"}: true, {nsA, "audioFile"}: true, {nsA, "wavAudioFile"}: true, {nsA, "audioCd"}: true,
}

// clean marks what leaves part x (found in the part named where), given
// the relationships it keeps, and reports each kind of thing once.
func clean(x *part, keep map[string]rel, where string, drop func(string, ...any)) *edits {
	e := newEdits(x)
	for i := range x.toks {
		t := &x.toks[i]
		if t.kind != tStart || e.drop[i] {
			continue
		}
		if removed[[2]string{t.ns, t.name.Local}] {
			j := i
			if x.is(i, nsW, "control") || x.is(i, nsO, "OLEObject") {
				// With the shape that shows it.
				if k := x.ancestor(i, func(k int) bool { return x.is(k, nsW, "pict") || x.is(k, nsW, "object") }); k >= 0 {
					j = k
				}
			}
			e.element(x, j)
			continue
		}
		if x.is(i, nsW, "hyperlink") {
			if _, ok := x.attr(i, nsR, "id"); ok {
				e.unwrap(x, i) // its relationship is external: reported with it
			}
		}
		if x.is(i, nsW, "fldSimple") {
			if instr, _ := x.attr(i, nsW, "instr"); !fieldKept(instr) {
				e.unwrap(x, i)
				drop("%s (%s), keeping the text it showed", fieldName(instr), where)
			}
		}
		lost, kept := 0, 0
		for k, a := range t.attrs {
			ns := t.attrNS[k]
			switch {
			case ns == nsR || ns == nsO && a.Name.Local == "relid":
				if _, ok := keep[a.Value]; ok {
					kept++
				} else if !(x.is(i, nsW, "hyperlink")) {
					lost++
				}
			case (t.ns == nsV || t.ns == nsO) && isVMLLink(ns, a.Name.Local):
				e.attribute(x, i, k)
				if looksExternal(a.Value) {
					drop("a link to %s (%s)", shorten(a.Value), where)
				}
			}
		}
		if lost == 0 {
			continue
		}
		switch {
		case x.is(i, nsV, "fill") || x.is(i, nsV, "stroke") || kept > 0 && (x.is(i, nsA, "blip") || x.is(i, nsV, "imagedata")):
			// Keep the element, without the references that went.
			for k, a := range t.attrs {
				ns := t.attrNS[k]
				if ns == nsR || ns == nsO && a.Name.Local == "relid" {
					if _, ok := keep[a.Value]; !ok {
						e.attribute(x, i, k)
					}
				}
			}
		default:
			j := x.ancestor(i, func(j int) bool { return x.is(j, nsA, "ext") })
			if j < 0 {
				j = x.ancestor(i, func(j int) bool { return x.is(j, nsW, "drawing") || x.is(j, nsW, "pict") })
			}
			if j < 0 {
				j = i
			}
			e.element(x, j)
		}
	}
	fields(x, e, where, drop)
	return e
}

// isVMLLink reports an attribute of a VML element that names a file or
// a web address directly, without a relationship.
func isVMLLink(ns, local string) bool {
	switch {
	case ns == "":
		return local == "src" || local == "href" || local == "althref"
	case ns == nsO:
		return local == "href" || local == "althref"
	}
	return false
}

// referenced is the relationship ids the tokens that stay refer to.
func referenced(x *part, e *edits) map[string]bool {
	used := map[string]bool{}
	for i := range x.toks {
		t := &x.toks[i]
		if t.kind != tStart || e.drop[i] {
			continue
		}
		for k, a := range t.attrs {
			if gone := e.dropAttr[i]; gone != nil && gone[k] {
				continue
			}
			if ns := t.attrNS[k]; ns == nsR || ns == nsO && a.Name.Local == "relid" {
				used[a.Value] = true
			}
		}
	}
	return used
}

// fieldsKept are the fields a letterhead keeps: they compute what they
// show from the document, its properties and the page, and reach nothing
// outside it. A header's usual fields are PAGE, NUMPAGES, DATE,
// STYLEREF and DOCPROPERTY.
var fieldsKept = map[string]bool{}

func init() {
	for _, f := range strings.Fields(`PAGE NUMPAGES SECTIONPAGES SECTION DATE TIME CREATEDATE SAVEDATE
		PRINTDATE EDITTIME AUTHOR TITLE SUBJECT KEYWORDS COMMENTS LASTSAVEDBY DOCPROPERTY DOCVARIABLE
		FILENAME FILESIZE TEMPLATE INFO NUMWORDS NUMCHARS NUMPAGES REVNUM USERNAME USERINITIALS
		USERADDRESS STYLEREF REF PAGEREF NOTEREF SEQ SET QUOTE IF COMPARE SYMBOL EQ ADVANCE =
		LISTNUM AUTONUM AUTONUMLGL AUTONUMOUT MERGEFIELD MERGEREC MERGESEQ BIDIOUTLINE`) {
		fieldsKept[f] = true
	}
}

// fieldKeyword is the field's name: the first word of its instruction,
// upper case ("=" for a formula, "" when the instruction starts with a
// nested field or is empty).
func fieldKeyword(instr string) string {
	instr = strings.TrimSpace(instr)
	if strings.HasPrefix(instr, "=") {
		return "="
	}
	w := strings.FieldsFunc(instr, func(r rune) bool { return r == ' ' || r == '\t' || r == '\\' || r == '"' })
	if len(w) == 0 {
		return ""
	}
	return strings.ToUpper(w[0])
}

func fieldKept(instr string) bool { return fieldsKept[fieldKeyword(instr)] }

// fieldName names a field for Dropped: "an INCLUDEPICTURE field".
func fieldName(instr string) string {
	k := fieldKeyword(instr)
	if k == "" || len(k) > 20 || strings.IndexFunc(k, func(r rune) bool { return !(r >= 'A' && r <= 'Z') }) >= 0 {
		return "a field"
	}
	if strings.ContainsRune("AEIOU", rune(k[0])) {
		return "an " + k + " field"
	}
	return "a " + k + " field"
}

// fields replaces the complex fields (w:fldChar begin ... separate ...
// end, the instruction in w:instrText) that are not kept by the text they
// last showed: everything from the begin mark to the separate mark goes
// (the instruction, and fields nested in it), and the end mark; the
// result between them stays. A field without a result goes whole.
func fields(x *part, e *edits, where string, drop func(string, ...any)) {
	type field struct {
		begin, sep, lastInstr int
		instr                 strings.Builder
	}
	var open []*field
	decide := func(f *field, end int) {
		instr := f.instr.String()
		if fieldKept(instr) {
			return
		}
		shown := ", which showed nothing"
		switch {
		case f.sep >= 0:
			e.within(x, f.begin, x.toks[f.sep].match)
			if end >= 0 {
				e.element(x, end)
			}
			shown = ", keeping the text it showed"
		case end >= 0:
			e.within(x, f.begin, x.toks[end].match)
		default:
			e.within(x, f.begin, max(f.lastInstr, x.toks[f.begin].match))
		}
		drop("%s (%s)%s", fieldName(instr), where, shown)
	}
	for i := range x.toks {
		switch {
		case x.is(i, nsW, "fldChar"):
			typ, _ := x.attr(i, nsW, "fldCharType")
			switch typ {
			case "begin":
				open = append(open, &field{begin: i, sep: -1, lastInstr: -1})
			case "separate":
				if n := len(open); n > 0 && open[n-1].sep < 0 {
					open[n-1].sep = i
				}
			case "end":
				if n := len(open); n > 0 {
					f := open[n-1]
					open = open[:n-1]
					decide(f, i)
				}
			}
		case x.is(i, nsW, "instrText") || x.is(i, nsW, "delInstrText"):
			if n := len(open); n > 0 && open[n-1].sep < 0 {
				f := open[n-1]
				for k := i + 1; k < x.toks[i].match; k++ {
					if x.toks[k].kind == tText {
						f.instr.Write(x.toks[k].text)
					}
				}
				f.lastInstr = x.toks[i].match
			}
		}
	}
	for k := len(open) - 1; k >= 0; k-- {
		decide(open[k], -1)
	}
}

// wPrefixOnly checks that the WordprocessingML namespace is written with
// the prefix w and only with it, in elements and attributes: the DOCX
// writer edits headers, footers and styles as text that says "w:".
func wPrefixOnly(x *part) error {
	for i := range x.toks {
		t := &x.toks[i]
		if t.kind != tStart {
			continue
		}
		if (t.ns == nsW) != (t.name.Space == "w") {
			return errors.New("it writes WordprocessingML with a prefix other than w (Word writes w:)")
		}
		for k, a := range t.attrs {
			if a.Name.Space != "" && a.Name.Space != "xmlns" && (t.attrNS[k] == nsW) != (a.Name.Space == "w") {
				return errors.New("it writes WordprocessingML with a prefix other than w (Word writes w:)")
			}
		}
	}
	return nil
}

// flatStyles checks that no style is inside another (the writer merges
// stylesheets style by style).
func flatStyles(x *part) error {
	for i := range x.toks {
		if x.is(i, nsW, "style") && x.ancestor(i, func(j int) bool { return x.is(j, nsW, "style") }) >= 0 {
			return errors.New("a <w:style> is inside another")
		}
	}
	return nil
}

// isImage reports whether data is a picture of content type ct, by its
// first bytes.
func isImage(ct string, data []byte) bool {
	switch ct {
	case "image/png":
		return bytes.HasPrefix(data, pngMagic)
	case "image/jpeg":
		return bytes.HasPrefix(data, jpegMagic)
	case "image/gif":
		return bytes.HasPrefix(data, []byte("GIF87a")) || bytes.HasPrefix(data, []byte("GIF89a"))
	case "image/bmp":
		return bytes.HasPrefix(data, []byte("BM"))
	case "image/tiff":
		return bytes.HasPrefix(data, []byte("II*\x00")) || bytes.HasPrefix(data, []byte("MM\x00*"))
	case "image/x-emf":
		// The header record (type 1) with " EMF" at byte 40.
		return len(data) >= 44 && bytes.HasPrefix(data, []byte{1, 0, 0, 0}) && string(data[40:44]) == " EMF"
	case "image/x-wmf":
		// A placeable WMF, or a plain one (in memory or on disk).
		return bytes.HasPrefix(data, []byte{0xD7, 0xCD, 0xC6, 0x9A}) ||
			bytes.HasPrefix(data, []byte{1, 0, 9, 0}) || bytes.HasPrefix(data, []byte{2, 0, 9, 0})
	}
	return false
}

// imageExt is the extension of a picture's part name.
func imageExt(ct string) string {
	switch ct {
	case "image/jpeg":
		return "jpeg"
	case "image/x-emf":
		return "emf"
	case "image/x-wmf":
		return "wmf"
	}
	return strings.TrimPrefix(ct, "image/")
}
