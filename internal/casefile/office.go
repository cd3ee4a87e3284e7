package casefile

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// An office settings file (redress.yaml; internal/settings finds it and
// layers it) gives an office's defaults. What a case file can say, it
// says under the case file's own keys: the blocks an office shares among
// its cases (officeBlocks: firm, court). The rest are keys of its own,
// which the caller names (OfficeKey) and reads (Office.Own).
//
// A block is laid under a case file's tree before the tree is decoded
// (Options.Defaults): a case file that has no firm block takes the
// office's, whole; a case file that has one keeps its own, whole, and
// nothing of the office's firm is mixed into it. Mixing would be
// dangerous: a case file written for another firm (co-counsel, a
// referral, a file from before the office moved) that gives a name but no
// phone would go out under that firm's name with this office's phone,
// e-mail, attorneys and letterhead, and a client would call, or a court
// would serve, the wrong lawyer. A block is one party's identity, so it
// comes from one place. The same holds for the court: a division belongs
// to its district. The environment (REDRESS_FIRM_PHONE) still overrides
// one value, over whichever block was taken, as it overrides a file's.
//
// Every value laid under carries the settings file's name and its own
// line (a cellRef marked office, as a roster cell carries the roster's),
// so a problem with it (a logo that is missing, a firm block without a
// name) names the settings file and line, never the case file, and a
// relative firm.letterhead or firm.logo is read from the settings file's
// folder (files.go).

// officeBlocks are the case-file keys an office settings file may give.
var officeBlocks = []string{"firm", "court"}

// notOffice are keys of the blocks that belong to one case, never to an
// office's defaults, with what to do instead.
var notOffice = []struct{ path, msg string }{
	{"court.case_number", "a case number belongs to one case; write it in that case's file (court.case_number)"},
}

// OfficeKey is a key of the settings file's own, which is not a case-file
// key: its value is text.
type OfficeKey struct {
	Name string
	// List is true when the value may also be a list of texts (formats:
	// [pdf, docx]); it is read as the texts joined with ",".
	List bool
}

// Office is an office settings file, read and checked (ReadOffice).
type Office struct {
	// Path is the file's name as given; problems and Values name it.
	Path string

	blocks []entry // firm and court, every node marked (mark)
	own    map[string]OfficeValue
	values []OfficeValue // in file order
	lines  *lineIndex    // of the file's text, for Check
}

// OfficeValue is one value of a settings file and where it is written.
type OfficeValue struct {
	// Path is the key path: firm.name, firm.attorneys[0].bar, templates.
	Path string
	// Text is the value as written (a list of an own key's texts joined
	// with ",").
	Text string
	Pos  Pos
}

// Defaults are what an office gives every case file it loads
// (Options.Defaults).
type Defaults struct {
	// Office gives the firm and court blocks of a case file that has
	// none; nil gives none.
	Office *Office
	// Language is the language of a claimant whose case file gives none
	// (claimants[].language); "" is en. The caller checks it
	// (LanguageProblem) before it is used.
	Language string
}

// ReadOffice reads an office settings file (YAML). Its blocks are checked
// as a case file's are, for keys and types (Check does the rest); an own
// key's value must be text (or, for a List key, a list of texts); any
// other key is a problem at its line, with the key that was meant. Every
// problem in the file is returned at once, as Problems; with them, when
// the file is a mapping, comes an Office that holds the own keys' values
// that could be read and no blocks, so that the caller can check those
// values too and report every problem of the file in one run.
func ReadOffice(name string, data []byte, own []OfficeKey) (o *Office, err error) {
	defer func() {
		if r := recover(); r != nil {
			o, err = nil, &internalError{file: name, cause: r}
		}
	}()
	c := &collector{file: name}
	root := parse(trimBOM(data), parseYAML, c)
	if root == nil {
		return nil, c.sorted()
	}
	o = &Office{Path: name, own: map[string]OfficeValue{}, lines: c.lines}
	switch root.kind {
	case kindNull:
		return o, nil
	case kindMap:
	default:
		c.on(root, "", "expected a mapping of settings (firm:, court:, templates:, ...), got %s", describe(root, "a mapping"))
		return nil, c.sorted()
	}
	kinds := map[string]OfficeKey{}
	known := slices.Clone(officeBlocks)
	for _, k := range own {
		kinds[k.Name] = k
		known = append(known, k.Name)
	}
	blocks := &node{kind: kindMap, pos: root.pos}
	for _, e := range root.entries {
		if slices.Contains(officeBlocks, e.key) {
			blocks.entries = append(blocks.entries, e)
			continue
		}
		if k, ok := kinds[e.key]; ok {
			if v, ok := ownValue(e, k, c); ok {
				o.own[e.key] = v
			}
			continue
		}
		c.at(e.keyPos, e.key, "%s", unknownOfficeKey(e.key, known))
	}
	d := newDecoder(c, "mapping")
	d.decode("", blocks, reflect.ValueOf(new(Case)).Elem())
	for _, n := range notOffice {
		if pos, ok := d.positions[n.path]; ok {
			c.at(pos, n.path, "%s", n.msg)
		}
	}
	if len(c.probs) > 0 {
		for _, e := range root.entries {
			if v, ok := o.own[e.key]; ok {
				o.values = append(o.values, v)
			}
		}
		return o, c.sorted()
	}
	for _, e := range root.entries {
		if slices.Contains(officeBlocks, e.key) {
			if e.val.kind == kindNull {
				continue // firm: with no value gives no firm
			}
			o.blocks = append(o.blocks, entry{key: e.key, val: mark(e.val, name, 0)})
			o.values = appendValues(o.values, e.key, e.val)
		} else if v, ok := o.own[e.key]; ok {
			o.values = append(o.values, v)
		}
	}
	return o, nil
}

// ownValue reads the value of one of the file's own keys: text, or for a
// List key a list of texts. A null value is no value.
func ownValue(e entry, k OfficeKey, c *collector) (OfficeValue, bool) {
	n := e.val
	what := "text"
	if k.List {
		what = "text or a list of texts"
	}
	switch {
	case n.kind == kindNull:
		return OfficeValue{}, false
	case n.kind == kindString:
		return OfficeValue{Path: e.key, Text: n.text, Pos: n.pos}, true
	case n.kind == kindList && k.List:
		texts := make([]string, 0, len(n.items))
		ok := true
		for i, item := range n.items {
			if item.kind != kindString {
				c.on(item, fmt.Sprintf("%s[%d]", e.key, i), "expected text, got %s", describe(item, "a mapping"))
				ok = false
			}
			texts = append(texts, item.text)
		}
		return OfficeValue{Path: e.key, Text: strings.Join(texts, ","), Pos: n.pos}, ok
	case n.kind == kindInt || n.kind == kindFloat || n.kind == kindBool:
		c.on(n, e.key, "expected %s, got %s; if it is meant as text, put it in quotes", what, describe(n, "a mapping"))
	default:
		c.on(n, e.key, "expected %s, got %s", what, describe(n, "a mapping"))
	}
	return OfficeValue{}, false
}

// unknownOfficeKey words the problem with a top-level key the settings
// file does not have: a typo of one it has, a key of a block written at
// the top (district: for court.district), or a case-file key that belongs
// to one case (claimants:).
func unknownOfficeKey(key string, known []string) string {
	list := strings.Join(known, ", ")
	if s := suggest(key, known); s != "" {
		return fmt.Sprintf("unknown key %q; did you mean %s?", key, s)
	}
	var where []string
	for _, p := range elsewhere(key, "") {
		top, _, _ := strings.Cut(p, ".")
		if slices.Contains(officeBlocks, top) {
			where = append(where, p)
		}
	}
	if len(where) > 0 && len(where) <= 2 {
		return fmt.Sprintf("unknown key %q; in the settings file, %s belongs at %s", key, key, strings.Join(where, " or "))
	}
	if slices.Contains(infoOf(reflect.TypeFor[Case]()).keys, key) {
		return fmt.Sprintf("%s belongs to one case: write it in the case file; the office settings file holds only %s", key, list)
	}
	return fmt.Sprintf("unknown key %q; the keys of the office settings file are: %s", key, list)
}

// mark returns a copy of a value of the settings file in which every
// node carries the file and its own position as a cellRef (marked
// office), and no position of its own: laid under a case file, its
// problems then name the settings file, and none of its positions is
// taken for the case file's.
func mark(n *node, file string, depth int) *node {
	if n == nil || depth > maxDepth {
		return n
	}
	c := *n
	c.cell = &cellRef{file: file, line: n.pos.Line, col: n.pos.Col, office: true}
	c.pos = Pos{}
	if n.entries != nil {
		c.entries = make([]entry, len(n.entries))
		for i, e := range n.entries {
			c.entries[i] = entry{key: e.key, val: mark(e.val, file, depth+1)}
		}
	}
	if n.items != nil {
		c.items = make([]*node, len(n.items))
		for i, item := range n.items {
			c.items[i] = mark(item, file, depth+1)
		}
	}
	return &c
}

// appendValues appends every single value under path, depth first in
// file order.
func appendValues(out []OfficeValue, path string, n *node) []OfficeValue {
	switch n.kind {
	case kindNull:
	case kindMap:
		for _, e := range n.entries {
			out = appendValues(out, joinPath(path, e.key), e.val)
		}
	case kindList:
		for i, item := range n.items {
			out = appendValues(out, fmt.Sprintf("%s[%d]", path, i), item)
		}
	case kindBool:
		out = append(out, OfficeValue{Path: path, Text: fmt.Sprint(n.b), Pos: n.pos})
	default:
		out = append(out, OfficeValue{Path: path, Text: n.text, Pos: n.pos})
	}
	return out
}

// Values returns every value the file gives, in file order: each single
// value of the blocks (firm.name, firm.attorneys[0].bar) and each own key.
func (o *Office) Values() []OfficeValue {
	if o == nil {
		return nil
	}
	return slices.Clone(o.values)
}

// Own returns the value of one of the file's own keys, if the file gives
// it.
func (o *Office) Own(key string) (OfficeValue, bool) {
	if o == nil {
		return OfficeValue{}, false
	}
	v, ok := o.own[key]
	return v, ok
}

// Blocks returns the case-file blocks the file gives (firm, court), in
// file order.
func (o *Office) Blocks() []string {
	if o == nil {
		return nil
	}
	var out []string
	for _, b := range o.blocks {
		out = append(out, b.key)
	}
	return out
}

// Check checks the file's blocks as they will be used, alone: as a case
// file's firm and court are checked (firm.name required, ZIP codes, the
// letterhead and logo read from the settings file's folder, values left
// from the example 'redress init' writes, with opts). A broken default
// is then reported once, at its line, whether or not the case at hand
// takes it. Problems about the rest of a case (claimants, the incident)
// are not the settings file's and are left out.
func (o *Office) Check(opts Options) Problems {
	if o == nil || len(o.blocks) == 0 {
		return nil
	}
	c := &collector{file: o.Path, lines: o.lines}
	d := newDecoder(c, "mapping")
	d.allowOutsideFiles = opts.AllowOutsideFiles
	cs := new(Case)
	d.decode("", &node{kind: kindMap, entries: o.blocks}, reflect.ValueOf(cs).Elem())
	validate(cs, d, c)
	opts.Example.check(cs, d, c)
	var out Problems
	for _, p := range c.probs {
		top, _, _ := strings.Cut(p.Path, ".")
		if slices.Contains(o.Blocks(), top) {
			out = append(out, p)
		}
	}
	out.Sort()
	return out
}

// under lays the office's blocks under a case file's tree (see the
// comment at the top): each block the tree does not give, or gives as
// null, is taken whole. The tree is copied, not changed.
func (df *Defaults) under(root *node) *node {
	if df == nil || df.Office == nil || root == nil || root.kind != kindMap {
		return root
	}
	copied := false
	for _, b := range df.Office.blocks {
		e := root.get(b.key)
		if e != nil && e.val.kind != kindNull {
			continue
		}
		if !copied {
			c := *root
			c.entries = slices.Clone(root.entries)
			root, copied = &c, true
		}
		if e = root.get(b.key); e != nil {
			e.val = b.val
		} else {
			root.add(b.key, Pos{}, b.val)
		}
	}
	return root
}

// language is the language of a claimant whose case file gives none.
func (df *Defaults) language() string {
	if df == nil || df.Language == "" {
		return "en"
	}
	return df.Language
}
