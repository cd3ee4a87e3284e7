package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"unicode/utf16"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"redress/internal/doc"
)

// This file cuts the group file WriteEach draws into one file per
// document. pdfcpu reads the group file into its object model; the files
// are written here, not with pdfcpu's page extraction and writer, because
// the output must be the same bytes on every run: extraction numbers the
// objects it copies in map iteration order, and the writer stamps the
// clock into the dates and the file ID and its own name into Producer.
//
// A document's file is built from the objects its pages reach: the page
// dictionaries, their content streams, the shared resource dictionary and
// the fonts (the group's subsets, which hold the glyphs of every document
// in the group). Objects are numbered in the order they are first met,
// walking dictionaries in sorted key order, and written in that order,
// with a classic cross-reference table. The catalog is the group's, with
// the page tree, outline and language made the document's own; the page
// tree keeps what the group's passes down (the media box). The document
// information dictionary and the outline are written from the document's
// Meta and the bookmarks collected while drawing, as fpdf writes them.
//
// Streams are copied as they are, still compressed: nothing is decoded or
// encoded again. The one exception is the page content streams: WriteEach
// has fpdf leave them uncompressed, and they are compressed here as they
// are copied, with one zlib writer for the whole group, at fpdf's own
// level (BestSpeed), so the files hold the same bytes as if fpdf had
// compressed them. fpdf makes a new compressor for every page, and that
// allocation was about a fifth of WriteEach's time. A content stream that
// already has a filter is copied as it is.

// part is one document's share of the group file.
type part struct {
	first, pages int // its first page in the group file (from 1) and page count
	meta         doc.Meta
	marks        []mark // its bookmarks, on group page numbers
}

// readConf is the pdfcpu configuration the group file is read with. It is
// built here rather than by model.NewDefaultConfiguration, which reads and
// may create a configuration directory under the user's home unless a
// process-wide switch is thrown (api.DisableConfigDir).
func readConf() *model.Configuration {
	return &model.Configuration{
		Reader15:                  true,
		ValidationMode:            model.ValidationRelaxed,
		UnsupportedResourcePolicy: model.UnsupportedResourceSkip,
		Eol:                       types.EolLF,
		Limits:                    model.DefaultResourceLimits(),
	}
}

// split cuts group into one file per part.
func split(group []byte, parts []part) ([][]byte, error) {
	ctx, err := pdfcpu.Read(bytes.NewReader(group), readConf())
	if err != nil {
		return nil, fmt.Errorf("pdf: reading the group file: %w", err)
	}
	g, err := readGroup(ctx, group)
	if err != nil {
		return nil, fmt.Errorf("pdf: reading the group file: %w", err)
	}
	n := 0
	for _, p := range parts {
		if p.first != n+1 || p.pages < 1 {
			return nil, fmt.Errorf("pdf: split: part at page %d of %d pages after page %d", p.first, p.pages, n)
		}
		n += p.pages
	}
	if n != len(g.pages) {
		return nil, fmt.Errorf("pdf: split: the parts hold %d pages, the group file %d", n, len(g.pages))
	}
	out := make([][]byte, len(parts))
	owner := make(map[int]int, len(g.pages))
	for i, ir := range g.pages {
		owner[ir.ObjectNumber.Value()] = i + 1
	}
	zw, err := zlib.NewWriterLevel(nil, contentLevel)
	if err != nil {
		return nil, fmt.Errorf("pdf: split: %w", err)
	}
	w := &partWriter{g: g, owner: owner, zw: zw}
	for i, p := range parts {
		b, err := w.write(p)
		if err != nil {
			return nil, fmt.Errorf("pdf: split: document %d (%q): %w", i+1, p.meta.Title, err)
		}
		out[i] = b
	}
	return out, nil
}

// group is the group file as read.
type group struct {
	ctx     *model.Context
	header  []byte              // its first line, "%PDF-1.x"
	pages   []types.IndirectRef // every page, in order
	trees   []int               // the page tree nodes (Pages dictionaries)
	catalog types.Dict
	root    types.Dict // the page tree's root
	// contents are the object numbers of the page content streams.
	contents map[int]bool
	// skip are objects of the group's own that no document file may
	// reach: its catalog, information dictionary and outline.
	skip []int
}

func readGroup(ctx *model.Context, file []byte) (*group, error) {
	g := &group{ctx: ctx, contents: map[int]bool{}}
	if i := bytes.IndexByte(file, '\n'); i > 0 && bytes.HasPrefix(file, []byte("%PDF-")) {
		g.header = bytes.TrimRight(file[:i], "\r")
	} else {
		return nil, errors.New("no PDF header")
	}
	if ctx.Root == nil || ctx.RootDict == nil {
		return nil, errors.New("no catalog")
	}
	g.catalog = ctx.RootDict
	g.skip = append(g.skip, ctx.Root.ObjectNumber.Value())
	if ctx.Info != nil {
		g.skip = append(g.skip, ctx.Info.ObjectNumber.Value())
	}
	if ir, ok := g.catalog["Outlines"].(types.IndirectRef); ok {
		g.skip = append(g.skip, ir.ObjectNumber.Value())
	}
	ir, ok := g.catalog["Pages"].(types.IndirectRef)
	if !ok {
		return nil, errors.New("no page tree")
	}
	root, err := ctx.DereferenceDict(ir)
	if err != nil || root == nil {
		return nil, fmt.Errorf("page tree: %v", err)
	}
	g.root = root
	if err := g.walk(ir, root, 0); err != nil {
		return nil, err
	}
	return g, nil
}

// walk collects the pages under the page tree node d, in order.
func (g *group) walk(ir types.IndirectRef, d types.Dict, depth int) error {
	if depth > 32 {
		return errors.New("page tree too deep")
	}
	g.trees = append(g.trees, ir.ObjectNumber.Value())
	kids, err := g.ctx.DereferenceArray(d["Kids"])
	if err != nil {
		return fmt.Errorf("page tree: %w", err)
	}
	for _, k := range kids {
		kir, ok := k.(types.IndirectRef)
		if !ok {
			return errors.New("page tree: a kid is not an indirect reference")
		}
		kd, err := g.ctx.DereferenceDict(kir)
		if err != nil || kd == nil {
			return fmt.Errorf("page tree: %v", err)
		}
		if t := kd.Type(); t != nil && *t == "Pages" {
			if err := g.walk(kir, kd, depth+1); err != nil {
				return err
			}
			continue
		}
		g.pages = append(g.pages, kir)
		switch c := kd["Contents"].(type) {
		case types.IndirectRef:
			g.contents[c.ObjectNumber.Value()] = true
		case types.Array:
			for _, o := range c {
				if ir, ok := o.(types.IndirectRef); ok {
					g.contents[ir.ObjectNumber.Value()] = true
				}
			}
		}
	}
	return nil
}

// Object numbers of the objects every document file starts with.
const (
	catalogObj = 1
	infoObj    = 2
	treeObj    = 3
	outlineObj = 4 // the outline's root; its entries follow it
)

// partWriter writes the file of one part at a time. Its maps and buffer
// are reused from part to part.
type partWriter struct {
	g     *group
	owner map[int]int // group page object number → group page number

	p       part
	buf     bytes.Buffer
	num     map[int]int // group object number → this file's
	copies  []int       // the group objects to copy, in number order
	base    int         // the number of copies[0]
	offsets []int       // offsets[n] is where object n starts

	zw *zlib.Writer // compresses the page content streams
	zb bytes.Buffer // what zw wrote
}

// contentLevel is the zlib level the page content streams are compressed
// at: fpdf's, so the bytes are those fpdf would have written.
const contentLevel = zlib.BestSpeed

func (w *partWriter) write(p part) ([]byte, error) {
	g := w.g
	w.p = p
	w.buf.Reset()
	if w.num == nil {
		w.num = make(map[int]int, 64)
	}
	clear(w.num)
	w.copies = w.copies[:0]
	w.offsets = w.offsets[:0]
	for _, t := range g.trees {
		w.num[t] = treeObj // a page's Parent is this file's page tree
	}
	for _, s := range g.skip {
		w.num[s] = -1
	}
	// The page objects come right after the outline.
	first := outlineObj
	if len(p.marks) > 0 {
		first += 1 + len(p.marks)
	}
	w.offsets = append(w.offsets, 0) // object 0
	w.base = first
	for i := 0; i < p.pages; i++ {
		w.number(g.pages[p.first-1+i].ObjectNumber.Value())
	}
	pageRef := func(i int) int { return first + i } // page i of the part, from 0

	w.buf.Write(g.header)
	w.buf.WriteString("\n%\xE2\xE3\xCF\xD3\n")
	if err := w.catalog(pageRef(0)); err != nil {
		return nil, err
	}
	w.info()
	if err := w.tree(first); err != nil {
		return nil, err
	}
	w.outline(pageRef)
	// Copying an object may number more: the loop runs until they are
	// all written.
	for i := 0; i < len(w.copies); i++ {
		if err := w.copyObject(w.base+i, w.copies[i]); err != nil {
			return nil, err
		}
	}
	return w.finish(), nil
}

// number gives group object src a number in this file, to be copied
// under, and returns it.
func (w *partWriter) number(src int) int {
	if n, ok := w.num[src]; ok {
		return n
	}
	n := w.base + len(w.copies)
	w.num[src] = n
	w.copies = append(w.copies, src)
	return n
}

// begin starts object n, which must be the next in the file.
func (w *partWriter) begin(n int) {
	if n != len(w.offsets) {
		panic(fmt.Sprintf("pdf: split: object %d written as object %d", n, len(w.offsets)))
	}
	w.offsets = append(w.offsets, w.buf.Len())
	w.buf.WriteString(strconv.Itoa(n))
	w.buf.WriteString(" 0 obj\n")
}

func (w *partWriter) end() { w.buf.WriteString("\nendobj\n") }

// catalog writes the group's catalog with this file's page tree, outline
// and language; an open action showing the group's first page shows this
// file's.
func (w *partWriter) catalog(firstPage int) error {
	w.begin(catalogObj)
	w.buf.WriteString("<<")
	if err := w.dictBody(w.g.catalog, "Pages", "Outlines", "PageMode", "Lang", "OpenAction"); err != nil {
		return fmt.Errorf("catalog: %w", err)
	}
	if v, ok := w.g.catalog["OpenAction"]; ok {
		w.buf.WriteString("\n/OpenAction ")
		if err := w.openAction(v, firstPage); err != nil {
			return fmt.Errorf("catalog: /OpenAction: %w", err)
		}
	}
	w.buf.WriteString("\n/Pages ")
	w.ref(treeObj)
	if len(w.p.marks) > 0 {
		w.buf.WriteString("\n/Outlines ")
		w.ref(outlineObj)
		w.buf.WriteString("\n/PageMode /UseOutlines")
	}
	if lang := languageTag(w.p.meta.Language); lang != "" {
		w.buf.WriteString("\n/Lang (" + lang + ")") // a parsed tag needs no escaping
	}
	w.buf.WriteString("\n>>")
	w.end()
	return nil
}

// openAction writes the catalog's open action. fpdf's shows the first
// page ([page /FitH null]): it is made to show this file's first page.
func (w *partWriter) openAction(v types.Object, firstPage int) error {
	a, ok := v.(types.Array)
	if !ok || len(a) == 0 {
		return w.object(v)
	}
	if ir, ok := a[0].(types.IndirectRef); !ok || w.owner[ir.ObjectNumber.Value()] == 0 {
		return w.object(v)
	}
	w.buf.WriteByte('[')
	w.ref(firstPage)
	for _, o := range a[1:] {
		w.buf.WriteByte(' ')
		if err := w.object(o); err != nil {
			return err
		}
	}
	w.buf.WriteByte(']')
	return nil
}

// info writes the document information dictionary from the part's Meta:
// what newPDF gives fpdf, in the order fpdf writes it.
func (w *partWriter) info() {
	m := w.p.meta
	w.begin(infoObj)
	w.buf.WriteString("<<")
	for _, e := range []struct{ key, value string }{
		{"Producer", producer},
		{"Title", cleanMeta(m.Title)},
		{"Subject", cleanMeta(m.Subject)},
		{"Author", cleanMeta(m.Author)},
		{"Keywords", cleanMeta(m.Keywords)},
		{"Creator", producer},
	} {
		// fpdf writes an empty string too (as a bare byte order mark).
		w.buf.WriteString("\n/" + e.key + " ")
		w.text(e.value)
	}
	date := "(D:" + metaDate(m).Format("20060102150405") + ")"
	w.buf.WriteString("\n/CreationDate " + date)
	w.buf.WriteString("\n/ModDate " + date)
	w.buf.WriteString("\n>>")
	w.end()
}

// tree writes the page tree: the group's root, with this file's pages.
func (w *partWriter) tree(first int) error {
	w.begin(treeObj)
	w.buf.WriteString("<<")
	if err := w.dictBody(w.g.root, "Kids", "Count", "Parent"); err != nil {
		return fmt.Errorf("page tree: %w", err)
	}
	w.buf.WriteString("\n/Kids [")
	for i := 0; i < w.p.pages; i++ {
		if i > 0 {
			w.buf.WriteByte(' ')
		}
		w.ref(first + i)
	}
	w.buf.WriteString("]\n/Count ")
	w.buf.WriteString(strconv.Itoa(w.p.pages))
	w.buf.WriteString("\n>>")
	w.end()
	return nil
}

// outline writes the part's bookmarks as fpdf's putbookmarks does: each
// entry's parent is the latest entry one level up, and every entry points
// at its y on its page.
func (w *partWriter) outline(pageRef func(int) int) {
	ms := w.p.marks
	nb := len(ms)
	if nb == 0 {
		return
	}
	type links struct{ parent, prev, next, first, last int }
	ls := make([]links, nb)
	for i := range ls {
		ls[i] = links{parent: -1, prev: -1, next: -1, first: -1, last: -1}
	}
	lru := map[int]int{}
	level := 0
	for i, m := range ms {
		if m.level > 0 {
			parent := lru[m.level-1]
			ls[i].parent = parent
			ls[parent].last = i
			if m.level > level {
				ls[parent].first = i
			}
		} else {
			ls[i].parent = nb // the outline's root
		}
		if m.level <= level && i > 0 {
			prev := lru[m.level]
			ls[prev].next = i
			ls[i].prev = prev
		}
		lru[m.level] = i
		level = m.level
	}
	obj := func(i int) int { // entry i, or the root for nb
		if i == nb {
			return outlineObj
		}
		return outlineObj + 1 + i
	}
	w.begin(outlineObj)
	w.buf.WriteString("<</Type /Outlines /First ")
	w.ref(obj(0))
	w.buf.WriteString(" /Last ")
	w.ref(obj(lru[0]))
	w.buf.WriteString(">>")
	w.end()
	for i, m := range ms {
		w.begin(obj(i))
		w.buf.WriteString("<</Title ")
		w.text(m.title)
		for _, l := range []struct {
			key string
			to  int
		}{{"Parent", ls[i].parent}, {"Prev", ls[i].prev}, {"Next", ls[i].next}, {"First", ls[i].first}, {"Last", ls[i].last}} {
			if l.to >= 0 {
				w.buf.WriteString("\n/" + l.key + " ")
				w.ref(obj(l.to))
			}
		}
		w.buf.WriteString("\n/Dest [")
		w.ref(pageRef(m.page - w.p.first))
		w.buf.WriteString(" /XYZ 0 ")
		w.buf.WriteString(strconv.FormatFloat(doc.PageHeight-m.y, 'f', 2, 64))
		w.buf.WriteString(" null]\n/Count 0>>")
		w.end()
	}
}

// copyObject writes group object src as object n.
func (w *partWriter) copyObject(n, src int) error {
	e, ok := w.g.ctx.Find(src)
	if !ok || e == nil || e.Free {
		return fmt.Errorf("object %d is missing from the group file", src)
	}
	w.begin(n)
	switch o := e.Object.(type) {
	case types.StreamDict:
		if o.Raw == nil && o.StreamLength != nil && *o.StreamLength > 0 {
			return fmt.Errorf("object %d: stream not loaded", src)
		}
		d, raw := o.Dict, o.Raw
		if _, filtered := d["Filter"]; w.g.contents[src] && !filtered {
			var err error
			if raw, err = w.compress(raw); err != nil {
				return fmt.Errorf("object %d: %w", src, err)
			}
			d = maps.Clone(d)
			d["Filter"] = types.Name("FlateDecode")
		}
		w.buf.WriteString("<<")
		if err := w.dictBody(d, "Length"); err != nil {
			return fmt.Errorf("object %d: %w", src, err)
		}
		w.buf.WriteString("\n/Length ")
		w.buf.WriteString(strconv.Itoa(len(raw)))
		w.buf.WriteString("\n>>\nstream\n")
		w.buf.Write(raw)
		w.buf.WriteString("\nendstream")
	default:
		if err := w.object(e.Object); err != nil {
			return fmt.Errorf("object %d: %w", src, err)
		}
	}
	w.end()
	return nil
}

// compress returns b zlib-compressed, in a buffer reused by the next call.
func (w *partWriter) compress(b []byte) ([]byte, error) {
	w.zb.Reset()
	w.zw.Reset(&w.zb)
	if _, err := w.zw.Write(b); err != nil {
		return nil, err
	}
	if err := w.zw.Close(); err != nil {
		return nil, err
	}
	return w.zb.Bytes(), nil
}

// object writes o, giving the group objects it refers to numbers in this
// file.
func (w *partWriter) object(o types.Object) error {
	switch v := o.(type) {
	case nil:
		w.buf.WriteString("null")
	case types.Boolean:
		w.buf.WriteString(strconv.FormatBool(bool(v)))
	case types.Integer:
		w.buf.WriteString(strconv.Itoa(int(v)))
	case types.Float:
		w.buf.WriteString(strconv.FormatFloat(float64(v), 'f', -1, 64))
	case types.Name:
		w.buf.WriteString(v.PDFString())
	case types.StringLiteral:
		w.buf.WriteString(v.PDFString())
	case types.HexLiteral:
		w.buf.WriteString(v.PDFString())
	case types.IndirectRef:
		src := v.ObjectNumber.Value()
		if pg, ok := w.owner[src]; ok && (pg < w.p.first || pg >= w.p.first+w.p.pages) {
			return fmt.Errorf("refers to page %d of the group, outside the document", pg)
		}
		n := w.number(src)
		if n < 0 {
			return fmt.Errorf("refers to the group's own object %d", src)
		}
		w.ref(n)
	case types.Array:
		w.buf.WriteByte('[')
		for i, e := range v {
			if i > 0 {
				w.buf.WriteByte(' ')
			}
			if err := w.object(e); err != nil {
				return err
			}
		}
		w.buf.WriteByte(']')
	case types.Dict:
		w.buf.WriteString("<<")
		if err := w.dictBody(v); err != nil {
			return err
		}
		w.buf.WriteString(">>")
	default:
		return fmt.Errorf("unexpected %T", o)
	}
	return nil
}

// dictBody writes d's entries in sorted key order, but for those in skip.
func (w *partWriter) dictBody(d types.Dict, skip ...string) error {
	keys := make([]string, 0, len(d))
	for k := range d {
		if !slices.Contains(skip, k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		w.buf.WriteByte('\n')
		w.buf.WriteString(types.Name(k).PDFString())
		w.buf.WriteByte(' ')
		if err := w.object(d[k]); err != nil {
			return fmt.Errorf("/%s: %w", k, err)
		}
	}
	return nil
}

func (w *partWriter) ref(n int) {
	w.buf.WriteString(strconv.Itoa(n))
	w.buf.WriteString(" 0 R")
}

// text writes a text string as fpdf writes metadata given as UTF-8:
// UTF-16BE with a byte order mark (here in hex).
func (w *partWriter) text(s string) {
	w.buf.WriteByte('<')
	var b []byte
	b = append(b, 0xFE, 0xFF)
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	w.buf.WriteString(hex.EncodeToString(b))
	w.buf.WriteByte('>')
}

// finish writes the cross-reference table and trailer.
func (w *partWriter) finish() []byte {
	xref := w.buf.Len()
	n := len(w.offsets)
	w.buf.WriteString("xref\n0 ")
	w.buf.WriteString(strconv.Itoa(n))
	w.buf.WriteString("\n0000000000 65535 f \n")
	var line [20]byte
	for _, off := range w.offsets[1:] {
		b := strconv.AppendInt(line[:0], int64(off), 10)
		pad := 10 - len(b)
		w.buf.WriteString("0000000000"[:pad])
		w.buf.Write(b)
		w.buf.WriteString(" 00000 n \n")
	}
	fmt.Fprintf(&w.buf, "trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n>>\nstartxref\n%d\n%%%%EOF\n",
		n, catalogObj, infoObj, xref)
	return bytes.Clone(w.buf.Bytes())
}
