package casefile

import (
	"fmt"
	"reflect"
	"strings"
)

// decoder fills a Case from the generic tree, strictly: an unknown key, a
// value of the wrong type or an impossible value is a problem, never a
// silent default. It walks the tree against the Case type through the
// `key` tags and records where each key was written.
//
// Strictness is the point. viper's decode would read "1" as true and a
// TOML date as a zero time (libraries-and-style.md, section 3.1); a claim
// form with a wrong date or an empty amount is worse than an error.
type decoder struct {
	c       *collector
	mapWord string // "mapping", "object" or "table", as the format says

	positions map[string]Pos      // key path -> where the key was written
	env       map[string]Override // key path -> the environment variable it came from
	failed    map[string]bool     // key paths whose value was reported wrong

	// For a roster row (nil otherwise): the row, and the key paths whose
	// value the row set or created.
	row   *rowInfo
	cells map[string]*cellRef

	// unknownKeys are the unknown-key problems, also in c: LoadBase
	// reports them up front, since no roster row can remove a key.
	unknownKeys Problems

	// allowOutsideFiles is Options.AllowOutsideFiles.
	allowOutsideFiles bool
	// text is the length of the text decoded, for the case's total
	// (limits.go).
	text textTotal
	// invisible are the key paths whose text had no visible character
	// and was read as not given (visible.go).
	invisible map[string]bool
}

func newDecoder(c *collector, mapWord string) *decoder {
	return &decoder{
		c:         c,
		mapWord:   mapWord,
		positions: map[string]Pos{},
		env:       map[string]Override{},
		failed:    map[string]bool{},
		cells:     map[string]*cellRef{},
		invisible: map[string]bool{},
	}
}

// where returns the file and position a problem about the key path is
// reported at: where the key was written, or its nearest parent; for a
// roster row, the row and the cell's column when the value is the row's.
func (d *decoder) where(path string) (string, Pos) {
	return locate(d.c.file, d.positions, d.cells, d.row, path)
}

// problem returns a problem about the key path, against the environment
// variable that set it, or where it was written (see where).
func (d *decoder) problem(path, format string, args ...any) Problem {
	if o, ok := d.env[path]; ok {
		return Problem{File: envFile, Path: path, Msg: o.Var + ": " + sprintf(format, args...)}
	}
	file, pos := d.where(path)
	return Problem{File: file, Pos: pos, Path: path, Msg: sprintf(format, args...)}
}

// fail reports a wrong value and remembers the key, so that validation
// does not also call the key missing.
func (d *decoder) fail(path string, n *node, format string, args ...any) {
	d.failed[path] = true
	d.c.on(n, path, format, args...)
}

// wrongType reports a value of the wrong kind.
func (d *decoder) wrongType(path string, n *node, t reflect.Type) {
	msg := fmt.Sprintf("expected %s, got %s", expected(t, d.mapWord), describe(n, article(d.mapWord)))
	switch {
	case t.Kind() == reflect.Slice && isScalar(t.Elem()) && n.kind == kindString:
		msg += "; write it as a list, even of one line"
	case t.Kind() == reflect.Slice && n.kind == kindMap:
		msg += "; write each item as a list entry"
	}
	d.fail(path, n, "%s", msg)
}

// decode fills v from n.
func (d *decoder) decode(path string, n *node, v reflect.Value) {
	if n.env != "" {
		d.env[path] = Override{Var: n.env, Path: path, Value: n.text}
	}
	if n.cell != nil {
		d.cells[path] = n.cell
	}
	t := v.Type()
	if isScalar(t) {
		d.scalar(path, n, v)
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		d.structure(path, n, v)
	case reflect.Slice:
		d.list(path, n, v)
	default:
		// Case holds no other kinds; a field added with one would be a
		// programming error, reported rather than panicking.
		d.fail(path, n, "internal error: the field for this key has the unsupported type %s", t)
	}
}

func (d *decoder) structure(path string, n *node, v reflect.Value) {
	switch n.kind {
	case kindNull:
		return
	case kindMap:
	default:
		d.wrongType(path, n, v.Type())
		return
	}
	si := infoOf(v.Type())
	for _, e := range n.entries {
		p := joinPath(path, e.key)
		i, ok := si.field[e.key]
		if !ok {
			d.unknown(path, p, e, si)
			continue
		}
		if e.keyPos != (Pos{}) {
			d.positions[p] = e.keyPos
		}
		d.decode(p, e.val, v.Field(i))
	}
}

// unknown reports a key that is not in the schema, with the nearest known
// key or the place where a key of that name belongs.
func (d *decoder) unknown(parent, path string, e entry, si *structInfo) {
	msg := fmt.Sprintf("unknown key %q", e.key)
	if s := suggest(e.key, si.keys); s != "" {
		msg += fmt.Sprintf("; did you mean %s?", s)
	} else if where := elsewhere(e.key, parent); len(where) > 0 && len(where) <= 2 {
		msg += fmt.Sprintf("; %s belongs at %s", e.key, strings.Join(where, " or "))
	} else {
		here := "at the top level"
		if parent != "" {
			here = "under " + parent
		}
		msg += fmt.Sprintf("; the keys %s are: %s", here, strings.Join(si.keys, ", "))
	}
	d.failed[path] = true
	d.c.at(e.keyPos, path, "%s", msg)
	d.unknownKeys = append(d.unknownKeys, d.c.probs[len(d.c.probs)-1])
}

func (d *decoder) list(path string, n *node, v reflect.Value) {
	switch n.kind {
	case kindNull:
		return
	case kindList:
	default:
		d.wrongType(path, n, v.Type())
		return
	}
	if len(n.items) == 0 {
		return // an empty list and no list are the same: nothing given
	}
	if msg := checkList(path, len(n.items)); msg != "" {
		// Its entries are not read: a list this long is a mistake as a
		// whole, and each entry's problems would bury that.
		d.fail(path, n, "%s", msg)
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.items), len(n.items))
	for i, item := range n.items {
		p := fmt.Sprintf("%s[%d]", path, i)
		if item.pos != (Pos{}) {
			d.positions[p] = item.pos
		}
		if item.cell != nil && item.cell.gap {
			// A roster row filled a later item of a list that is shorter
			// in the base; a blank item between would silently become an
			// empty claimant or an empty fact.
			last := fmt.Sprintf("%s[%d]", path, len(n.items)-1)
			d.cells[p] = item.cell
			d.fail(p, item, "this row fills %s but not %s; a list cannot skip an item: fill %s, or move the values of %s to it", last, p, p, last)
			continue
		}
		d.decode(p, item, s.Index(i))
	}
	v.Set(s)
}
