package casefile

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Batch rosters (docs/casefile.md, "Batch rosters"): a CSV file whose
// header names key paths of the schema (matter.id, claimants[0].name,
// incident.date, ...), one matter per row, laid over a base case file.
//
// A row describes its own claimants completely. The base's claimants are
// removed from its tree when it is loaded, so no claimant value (a name,
// an e-mail, a birth date, damages, a representative) can ever fall back
// to the base: a claimant cell left blank is blank. For the parts shared
// by design (firm, attorneys, agency, court, counts, and the incident of
// people caught up in one event) a blank cell keeps the base value. Every
// row names its own matter (matter.id), distinct from every other row's,
// so that one client's files never land in another client's folder.
//
// The base is parsed once into the generic tree (LoadBase). Each row is
// laid over it by copying only the mappings and lists on the way to each
// cell (put), so that the base tree is never changed and rows can be
// decoded concurrently; the copy is then decoded and validated exactly
// like a case file. A value from a cell carries a cellRef, so that its
// problems name the roster, the row's line and the cell's column, while
// problems about values from the base keep the base file's place.

// maxRosterSize bounds a roster. A roster of thousands of matters is a few
// megabytes; the bound keeps a wrong file from being read into memory.
const maxRosterSize = 32 << 20

// maxRosterIndex is the largest list index a column may name: a roster
// fills a few claimants or facts, and a typo such as claimants[10000]
// must not make a list of ten thousand gaps.
const maxRosterIndex = 999

// Base is a base case file, parsed once for a roster: its tree, with the
// environment overrides laid over it, not yet decoded. It need not be a
// valid case on its own (the rows may supply, say, every claimant's
// name). It is never changed once loaded, so rows may be decoded from it
// concurrently.
type Base struct {
	// Path is the file name as given by the user.
	Path string
	// Claimants are the base file's own claimants, decoded as far as they
	// decode. A roster run never uses them for a row; they are kept so
	// that the run can say they were left out, and make sure no row's
	// documents mention them (an inherited incident.summary naming the
	// base's client).
	Claimants []Claimant

	root    *node
	mapWord string
	lines   *lineIndex
	// allowOutsideFiles is the base's Options.AllowOutsideFiles.
	allowOutsideFiles bool
	// defaults are the base's Options.Defaults (their blocks are in root).
	defaults *Defaults
}

// LoadBase reads a base case file for a roster; the format is chosen by
// the extension, and opts.Env overrides apply to the base, as in Load. A
// syntax error, a file that is not a mapping, and an unknown key (which no
// row can remove) are returned as Problems; everything else is checked
// per row, when the rows have filled in what they fill in.
func LoadBase(path string, opts Options) (*Base, error) {
	format, data, err := readCaseFile(path)
	if err != nil {
		return nil, err
	}
	return LoadBaseBytes(path, data, format, opts)
}

// LoadBaseBytes is LoadBase for a file already in memory; name is used in
// messages and format is "yaml", "toml" or "json".
func LoadBaseBytes(name string, data []byte, format string, opts Options) (b *Base, err error) {
	format = strings.ToLower(format)
	fm, err := lookupFormat(name, format)
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			b, err = nil, &internalError{file: name, cause: r}
		}
	}()
	c := &collector{file: name}
	data = trimBOM(data)
	root := parse(data, fm.parse, c)
	if root != nil && format == "toml" {
		checkTOML(data, c)
	}
	if root == nil || len(c.probs) > 0 {
		return nil, c.sorted()
	}
	if root.kind == kindNull {
		root = &node{kind: kindMap, pos: root.pos}
	}
	root = opts.Defaults.under(root)
	if opts.Env != nil {
		root = overlayEnv(root, readEnv(opts.Env))
	}
	// A trial decode finds what no row can mend: a file that is not a
	// mapping, and unknown keys (a column names only schema keys).
	d := newDecoder(c, fm.mapWord)
	trial := new(Case)
	d.decode("", root, reflect.ValueOf(trial).Elem())
	if root.kind != kindMap {
		return nil, c.sorted()
	}
	if len(d.unknownKeys) > 0 {
		d.unknownKeys.Sort()
		return nil, d.unknownKeys
	}
	return &Base{Path: name, Claimants: trial.Claimants, root: withoutKey(root, "claimants"), mapWord: fm.mapWord, lines: c.lines,
		allowOutsideFiles: opts.AllowOutsideFiles, defaults: opts.Defaults}, nil
}

// withoutKey returns a copy of the mapping m without key (m itself when
// it has no such key). The base's tree is shared by every row, so it is
// copied, never changed.
func withoutKey(m *node, key string) *node {
	if m.get(key) == nil {
		return m
	}
	cp := *m
	cp.entries = make([]entry, 0, len(m.entries)-1)
	for _, e := range m.entries {
		if e.key != key {
			cp.entries = append(cp.entries, e)
		}
	}
	return &cp
}

// Roster is a roster read and checked against the schema, over its base.
// Case decodes one row; it is safe to call from several goroutines.
type Roster struct {
	// Path is the roster's file name as given by the user.
	Path string
	// Header is the header's key paths, one per column, as written (with
	// surrounding spaces removed).
	Header []string
	// Rows are the rows in file order. Rows whose cells are all blank
	// (spreadsheets export them below the data) are left out.
	Rows []RosterRow

	base  *Base
	cols  []column
	colOf map[string]int // key path -> column number, from 1
	// matterLine is the line of the first row that names each matter.id,
	// so that a later row naming the same matter is refused.
	matterLine map[string]int
	// example is opts.Example, checked in every row.
	example *Example
}

// RosterRow is one row of a roster.
type RosterRow struct {
	// Line is where the row starts in the CSV file, from 1; the header is
	// line 1.
	Line int
	// Cells are the row's cells as read (NFC-normalised), one per column
	// when the row is well formed.
	Cells []string

	// err is what makes the whole row unreadable (a wrong number of
	// cells, a CSV syntax error); Case reports it.
	err *Problem
}

// column is one column of the header: the key path it fills and the
// type of its value.
type column struct {
	num  int // from 1
	path string
	segs []pathSeg
	typ  reflect.Type
}

// pathSeg is one key of a key path, with the list index after it, if any:
// claimants[1] is {claimants, 1}, address is {address, -1}.
type pathSeg struct {
	key   string
	index int
}

// rowInfo is the roster row a decoder is decoding.
type rowInfo struct {
	file string
	line int
	cols map[string]int // key path -> column number, from 1 (shared)
}

// has reports whether the roster has a column for the key path.
func (r *rowInfo) has(path string) bool {
	if r == nil {
		return false
	}
	_, ok := r.cols[path]
	return ok
}

// cellRef is where a value laid over the tree by a roster row comes
// from: the row's line and the cell's column, or column 0 for a mapping
// or list item the row created. gap marks a list item the row skipped.
type cellRef struct {
	file      string
	line, col int
	gap       bool
	office    bool // a value of the office's settings file (office.go), not of a roster
}

func (c *cellRef) pos() Pos { return Pos{Line: c.line, Col: c.col} }

// given reports whether the key path has a value, from the file or from a
// roster row.
func (d *decoder) given(path string) bool {
	if _, ok := d.positions[path]; ok {
		return true
	}
	_, ok := d.cells[path]
	return ok
}

// LoadRoster reads a roster over a base case file (LoadBase) and checks
// its header: every column must name one value of the schema, once. A
// header problem is returned as Problems before any row is decoded; a
// row that cannot be read (a wrong number of cells) is that row's
// problem, reported by Case. The environment overrides in opts.Env apply
// to the base only, when it is loaded; opts.Example (example.go) is
// checked in the base's values no column replaces, then in every row.
func LoadRoster(path string, base *Base, opts Options) (*Roster, error) {
	if base == nil {
		return nil, errors.New("LoadRoster: no base case file")
	}
	data, err := readInput(path, rosterInput)
	if err != nil {
		return nil, err
	}
	return LoadRosterBytes(path, data, base, opts)
}

// LoadRosterBytes is LoadRoster for a roster already in memory; name is
// used in messages.
func LoadRosterBytes(name string, data []byte, base *Base, opts Options) (r *Roster, err error) {
	if base == nil {
		return nil, errors.New("LoadRoster: no base case file")
	}
	defer func() {
		if rec := recover(); rec != nil {
			r, err = nil, &internalError{file: name, cause: rec}
		}
	}()
	c := &collector{file: name}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if len(data) > maxRosterSize {
		c.at(Pos{}, "", "the roster is larger than %d MiB; is this the right file?", maxRosterSize>>20)
		return nil, c.sorted()
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		line := newLineIndex(data).pos(off).Line
		c.at(Pos{Line: line}, "", "the roster is not UTF-8 text; save it as UTF-8 (in Excel: Save As, \"CSV UTF-8 (Comma delimited)\")")
		return nil, c.sorted()
	}

	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1 // checked here: a short row is that row's problem
	header, err := cr.Read()
	if err == io.EOF {
		c.at(Pos{}, "", "the roster is empty; its first line names the key path each column fills, such as matter.id,claimants[0].name,incident.date")
		return nil, c.sorted()
	}
	if err != nil {
		var pe *csv.ParseError
		if !errors.As(err, &pe) {
			return nil, fmt.Errorf("reading the roster: %w", err)
		}
		c.probs = append(c.probs, csvProblem(name, pe))
		return nil, c.sorted()
	}
	headerLine, _ := cr.FieldPos(0)

	r = &Roster{Path: name, base: base, colOf: map[string]int{}}
	r.Header = make([]string, len(header))
	for j, h := range header {
		r.Header[j] = strings.TrimSpace(norm.NFC.String(h))
	}
	r.checkHeader(c, headerLine)
	if len(c.probs) > 0 {
		return nil, c.sorted()
	}
	r.example = opts.Example
	if probs := r.example.checkBase(r); len(probs) > 0 {
		return nil, probs
	}

	for {
		before := cr.InputOffset()
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return nil, fmt.Errorf("reading the roster: %w", err)
			}
			p := csvProblem(name, pe)
			r.Rows = append(r.Rows, RosterRow{Line: pe.StartLine, err: &p})
			if cr.InputOffset() <= before {
				break // the reader is stuck; never loop on one error
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		blank := true
		for j := range rec {
			rec[j] = norm.NFC.String(rec[j])
			blank = blank && isBlank(rec[j])
		}
		if blank {
			continue
		}
		row := RosterRow{Line: line, Cells: rec}
		if len(rec) != len(r.Header) {
			row.err = &Problem{File: name, Pos: Pos{Line: line}, Msg: fmt.Sprintf(
				"the row has %d %s but the header names %d %s; every row needs one cell per column (leave a cell empty to keep the base value)",
				len(rec), plural(len(rec), "cell", "cells"), len(r.Header), plural(len(r.Header), "column", "columns"))}
		}
		r.Rows = append(r.Rows, row)
	}
	r.matterLine = map[string]int{}
	for i := range r.Rows {
		if id := r.matterOf(&r.Rows[i]); id != "" {
			if _, ok := r.matterLine[id]; !ok {
				r.matterLine[id] = r.Rows[i].Line
			}
		}
	}
	return r, nil
}

// checkHeader checks that every column names one value of the schema,
// once, and records the columns.
func (r *Roster) checkHeader(c *collector, line int) {
	if len(r.Header) == 1 && strings.ContainsAny(r.Header[0], ";\t") {
		c.at(Pos{Line: line, Col: 1}, "", "the header is one column, %s; a roster's columns are separated by commas (in Excel: Save As, \"CSV UTF-8 (Comma delimited)\")", quoteShort(r.Header[0]))
		return
	}
	for j, h := range r.Header {
		col := j + 1
		at := Pos{Line: line, Col: col}
		if h == "" {
			c.at(at, "", "column %d has no key path in the header; write the key it fills (such as claimants[0].name), or delete the column if it is empty", col)
			continue
		}
		segs, typ, msg := parseColumn(h)
		if msg != "" {
			c.at(at, h, "column %d: %s", col, msg)
			continue
		}
		path := segsPath(segs)
		if prev, ok := r.colOf[path]; ok {
			c.at(at, h, "column %d names the same key as column %d; a roster names each key once", col, prev)
			continue
		}
		r.colOf[path] = col
		r.cols = append(r.cols, column{num: col, path: path, segs: segs, typ: typ})
	}
	if len(c.probs) > 0 {
		return
	}
	// A row is one matter with its own clients: without these columns no
	// row could be drafted, so the header is refused before any row is.
	if _, ok := r.colOf["matter.id"]; !ok {
		c.at(Pos{Line: line}, "matter.id", "the roster has no matter.id column; each row is one matter and names its own matter.id, which names the row's output folder (add a column matter.id)")
	}
	if _, ok := r.colOf["claimants[0].name"]; !ok {
		c.at(Pos{Line: line}, "claimants[0].name", "the roster has no claimants[0].name column; each row gives its own claimants (the base case's claimants are never used in a roster run), at least claimants[0].name and claimants[0].address.street, .city, .state and .zip")
	}
}

// Base is the base case file the rows are laid over.
func (r *Roster) Base() *Base { return r.base }

// matterOf returns row's matter.id cell, trimmed.
func (r *Roster) matterOf(row *RosterRow) string {
	col, ok := r.colOf["matter.id"]
	if !ok || row.err != nil || col > len(row.Cells) {
		return ""
	}
	return strings.Trim(row.Cells[col-1], " \t\r\n")
}

// parseColumn reads a header cell as a key path of one value of the
// schema, or says what is wrong with it.
func parseColumn(h string) ([]pathSeg, reflect.Type, string) {
	const how = "write the keys joined by '.', with a list item numbered from 0 in brackets, such as claimants[0].address.street"
	var segs []pathSeg
	for _, part := range strings.Split(h, ".") {
		s := pathSeg{key: part, index: -1}
		if i := strings.IndexByte(part, '['); i >= 0 {
			s.key = part[:i]
			idx, ok := strings.CutPrefix(part[i:], "[")
			idx, ok2 := strings.CutSuffix(idx, "]")
			if !ok || !ok2 || idx == "" || strings.Trim(idx, "0123456789") != "" {
				return nil, nil, fmt.Sprintf("%s is not a key path; %s", quoteShort(h), how)
			}
			if len(idx) > 1 && idx[0] == '0' {
				return nil, nil, fmt.Sprintf("write the index [%s] without leading zeros, as [%s]", idx, strings.TrimLeft(idx[:len(idx)-1], "0")+idx[len(idx)-1:])
			}
			n, err := strconv.Atoi(idx)
			if err != nil || n > maxRosterIndex {
				return nil, nil, fmt.Sprintf("the index [%s] is too large; a roster numbers list items from 0 to %d", idx, maxRosterIndex)
			}
			s.index = n
		}
		if s.key == "" || strings.ContainsAny(s.key, "[] \t") {
			return nil, nil, fmt.Sprintf("%s is not a key path; %s", quoteShort(h), how)
		}
		segs = append(segs, s)
	}
	typ, msg := resolveColumn(segs)
	if msg != "" {
		return nil, nil, msg
	}
	return segs, typ, ""
}

// resolveColumn finds the type of the value a key path names in Case, or
// says why the path names no single value.
func resolveColumn(segs []pathSeg) (reflect.Type, string) {
	t := reflect.TypeFor[Case]()
	prefix := ""
	for i, s := range segs {
		si := infoOf(t)
		fi, ok := si.field[s.key]
		if !ok {
			return nil, unknownColumn(segs, i, prefix, si)
		}
		ft := t.Field(fi).Type
		p := joinPath(prefix, s.key)
		switch {
		case s.index >= 0 && ft.Kind() != reflect.Slice:
			return nil, fmt.Sprintf("%s is not a list; write it without [%d]", p, s.index)
		case s.index >= 0:
			ft = ft.Elem()
			p = fmt.Sprintf("%s[%d]", p, s.index)
		case ft.Kind() == reflect.Slice:
			ex := p + "[0]"
			if ft.Elem().Kind() == reflect.Struct {
				ex += "." + infoOf(ft.Elem()).keys[0]
			}
			return nil, fmt.Sprintf("%s is a list; a column fills one item, numbered from 0, such as %s", p, ex)
		}
		last := i == len(segs)-1
		switch {
		case isScalar(ft) && last:
			return ft, ""
		case isScalar(ft):
			return nil, fmt.Sprintf("%s is a single value and has no key %q", p, segs[i+1].key)
		case last:
			keys := infoOf(ft).keys
			ex := make([]string, 0, 3)
			for _, k := range keys[:min(3, len(keys))] {
				ex = append(ex, p+"."+k)
			}
			return nil, fmt.Sprintf("%s is a group of keys, not one value; a column fills one of them, such as %s", p, strings.Join(ex, " or "))
		}
		t, prefix = ft, p
	}
	return nil, "is not a key path" // not reached: segs is never empty
}

// unknownColumn words an unknown key in a column as the decoder words an
// unknown key in a file, with the nearest known key as a whole key path.
func unknownColumn(segs []pathSeg, i int, prefix string, si *structInfo) string {
	s := segs[i]
	msg := fmt.Sprintf("unknown key %q", s.key)
	if sug := suggest(s.key, si.keys); sug != "" {
		// Suggest the whole path if the keys after this one are known,
		// or are typos too (Matter.ID: matter.id).
		fixed := append([]pathSeg(nil), segs...)
		fixed[i].key = sug
		whole := segsPath(fixed[:i+1])
		if fixTypos(fixed) {
			whole = segsPath(fixed)
		}
		return msg + fmt.Sprintf("; did you mean %s?", whole)
	}
	if where := elsewhere(s.key, prefix); len(where) > 0 && len(where) <= 2 {
		return msg + fmt.Sprintf("; %s belongs at %s (with [n] a list index from 0)", s.key, strings.Join(where, " or "))
	}
	here := "at the top level"
	if prefix != "" {
		here = "under " + prefix
	}
	return msg + fmt.Sprintf("; the keys %s are: %s", here, strings.Join(si.keys, ", "))
}

// fixTypos replaces each unknown key of a path by the nearest known key,
// and reports whether that makes it a path of one value of the schema.
func fixTypos(segs []pathSeg) bool {
	t := reflect.TypeFor[Case]()
	for i := range segs {
		if t.Kind() != reflect.Struct || isScalar(t) {
			return false
		}
		si := infoOf(t)
		fi, ok := si.field[segs[i].key]
		if !ok {
			sug := suggest(segs[i].key, si.keys)
			if sug == "" {
				return false
			}
			segs[i].key = sug
			fi = si.field[sug]
		}
		t = t.Field(fi).Type
		if segs[i].index >= 0 {
			if t.Kind() != reflect.Slice {
				return false
			}
			t = t.Elem()
		}
	}
	_, msg := resolveColumn(segs)
	return msg == ""
}

// segsPath writes a key path as the decoder does: claimants[1].name.
func segsPath(segs []pathSeg) string {
	var b strings.Builder
	for i, s := range segs {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.key)
		if s.index >= 0 {
			fmt.Fprintf(&b, "[%d]", s.index)
		}
	}
	return b.String()
}

// Case lays row i (an index into Rows) over the base and decodes and
// validates the result exactly as Load does a case file. Problems with a
// value from a cell name the roster, the row's line and the cell's
// column; problems with a value from the base keep the base file's name
// and position. Rows are independent, and Case may be called from
// several goroutines at once.
func (r *Roster) Case(i int) (src *Source, err error) {
	if i < 0 || i >= len(r.Rows) {
		return nil, fmt.Errorf("%s: no row %d (the roster has %d)", r.Path, i, len(r.Rows))
	}
	row := &r.Rows[i]
	defer func() {
		if rec := recover(); rec != nil {
			src, err = nil, &internalError{file: fmt.Sprintf("%s:%d", r.Path, row.Line), cause: rec}
		}
	}()
	if row.err != nil {
		return nil, Problems{*row.err}
	}
	if p, ok := r.ownMatter(row); !ok {
		return nil, Problems{p}
	}
	ri := &rowInfo{file: r.Path, line: row.Line, cols: r.colOf}
	created := &cellRef{file: r.Path, line: row.Line}
	root := r.base.root
	rp := &rowPut{row: ri, created: created}
	for _, col := range r.cols {
		text := strings.Trim(row.Cells[col.num-1], " \t\r\n")
		if isBlank(text) {
			continue // a blank cell (or one of invisible characters only) keeps the base value
		}
		val := cellNode(text, col.typ, &cellRef{file: r.Path, line: row.Line, col: col.num})
		root = put(root, "", col.segs, val, rp)
	}

	c := &collector{file: r.base.Path, lines: r.base.lines}
	d := newDecoder(c, r.base.mapWord)
	d.row = ri
	d.allowOutsideFiles = r.base.allowOutsideFiles
	cs := new(Case)
	d.decode("", root, reflect.ValueOf(cs).Elem())
	validate(cs, d, c)
	r.example.check(cs, d, c)
	if len(c.probs) > 0 {
		sortRowProblems(c.probs, r.Path, r.base.Path)
		return nil, c.probs
	}
	applyDefaults(cs, r.base.defaults)
	return &Source{Path: r.Path, Case: cs, positions: d.positions, env: d.env, file: r.base.Path, row: ri, cells: d.cells}, nil
}

// ownMatter checks that the row names a matter of its own: a blank
// matter.id cell would put the row's clients in the base's matter folder
// with every other such row, and a matter.id that an earlier row named
// would put two rows' clients in one folder.
func (r *Roster) ownMatter(row *RosterRow) (Problem, bool) {
	col := r.colOf["matter.id"]
	at := Pos{Line: row.Line, Col: col}
	id := r.matterOf(row)
	switch first := r.matterLine[id]; {
	case id == "":
		return Problem{File: r.Path, Pos: at, Path: "matter.id", Msg: "required: every row names its own matter (it names the row's output folder); a roster row never takes the base's matter.id"}, false
	case first != row.Line:
		return Problem{File: r.Path, Pos: at, Path: "matter.id", Msg: fmt.Sprintf("%s is also the matter of line %d; each row is one matter with its own clients: give this row its own matter.id, or put the claimants of one matter in one row (claimants[0], claimants[1], ...)", quoteShort(id), first)}, false
	}
	return Problem{}, true
}

// isBlank reports whether a cell gives no value: it is empty, or holds
// only characters no one can see (a non-breaking space a spreadsheet left,
// a zero-width space), which must not replace a shared base value with
// nothing.
func isBlank(s string) bool { return !visible(s) }

// cellNode makes a tree value of a cell's text, by the type of the key it
// fills. A cell is always text; "true" is a bool and 42 a whole number
// only where the key takes one. Text that does not fit stays text, and the
// decoder reports it as it would in a file ("expected true or false, got
// the text "yes""). Dates, times and money are read from text anyway.
func cellNode(text string, t reflect.Type, ref *cellRef) *node {
	n := &node{kind: kindString, text: text, cell: ref}
	switch t {
	case dateType, timeType, moneyType:
		return n
	}
	switch t.Kind() {
	case reflect.Bool:
		// Spreadsheets write TRUE and FALSE.
		switch {
		case strings.EqualFold(text, "true"):
			n.kind, n.b = kindBool, true
		case strings.EqualFold(text, "false"):
			n.kind, n.b = kindBool, false
		}
	case reflect.Int:
		if _, err := strconv.ParseInt(text, 10, 64); err == nil {
			n.kind = kindInt
		}
	}
	return n
}

// rowPut is what put needs to know about the row it lays over the base.
type rowPut struct {
	row     *rowInfo
	created *cellRef // marks a mapping or list item the row creates
}

// gap marks a list item the row skips, at the column for it if any.
func (rp *rowPut) gap(path string) *cellRef {
	return &cellRef{file: rp.row.file, line: rp.row.line, col: rp.row.cols[path], gap: true}
}

// put returns m, the value at key path path, with val at the keys segs
// below it. Every mapping and list on the way is copied, never changed:
// the base tree is shared by all rows (and a YAML alias may share a part
// of it with another). A null on the way becomes a new mapping or list;
// a value of another kind is left alone, as the decoder reports it.
func put(m *node, path string, segs []pathSeg, val *node, rp *rowPut) *node {
	switch m.kind {
	case kindMap:
		cp := *m
		cp.entries = append([]entry(nil), m.entries...)
		m = &cp
	case kindNull:
		m = &node{kind: kindMap, pos: m.pos, cell: rp.created}
	default:
		return m
	}
	s := segs[0]
	p := joinPath(path, s.key)
	e := m.get(s.key)
	cur := &node{kind: kindNull}
	if e != nil {
		cur = e.val
	}
	var nv *node
	switch {
	case s.index >= 0:
		nv = putItem(cur, p, s.index, segs[1:], val, rp)
	case len(segs) == 1:
		nv = val
	default:
		nv = put(cur, p, segs[1:], val, rp)
	}
	if e == nil {
		m.add(s.key, Pos{}, nv)
		return m
	}
	e.val = nv
	if nv == val {
		e.keyPos = Pos{} // the value is the row's, not the base's
	}
	return m
}

// putItem is put for item idx of the list l at path: items are added up
// to idx as needed, the ones before idx marked as gaps (which the decoder
// reports unless another cell of the row fills them).
func putItem(l *node, path string, idx int, rest []pathSeg, val *node, rp *rowPut) *node {
	switch l.kind {
	case kindList:
		cp := *l
		cp.items = append([]*node(nil), l.items...)
		l = &cp
	case kindNull:
		l = &node{kind: kindList, pos: l.pos, cell: rp.created}
	default:
		return l
	}
	for len(l.items) < idx {
		l.items = append(l.items, &node{kind: kindNull, cell: rp.gap(fmt.Sprintf("%s[%d]", path, len(l.items)))})
	}
	if idx == len(l.items) {
		l.items = append(l.items, &node{kind: kindNull})
	}
	if len(rest) == 0 {
		l.items[idx] = val
	} else {
		l.items[idx] = put(l.items[idx], fmt.Sprintf("%s[%d]", path, idx), rest, val, rp)
	}
	return l
}

// sortRowProblems orders a row's problems: the roster's first, by column,
// then the base file's as the file reads, then the environment's.
func sortRowProblems(ps Problems, roster, base string) {
	rank := func(p Problem) int {
		switch p.File {
		case roster:
			return 0
		case base:
			return 1
		}
		return 2
	}
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra < rb
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		return a.Path < b.Path
	})
}

// csvProblem words a CSV syntax error.
func csvProblem(file string, pe *csv.ParseError) Problem {
	var msg string
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		msg = `a cell has a quote (") but does not start with one; put the whole cell in quotes and double each quote inside it, as in "Ana ""Anita"" Ruiz"`
	case errors.Is(pe.Err, csv.ErrQuote):
		msg = `a quoted cell does not end, or a quote inside it is not doubled; end the cell with a quote and double each quote inside it, as in "Ana ""Anita"" Ruiz"`
	default:
		msg = "CSV syntax error: " + pe.Err.Error()
	}
	if pe.Line != pe.StartLine {
		msg += fmt.Sprintf(" (noticed on line %d)", pe.Line)
	}
	return Problem{File: file, Pos: Pos{Line: pe.StartLine}, Msg: msg}
}

// plural picks the word for n things.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
