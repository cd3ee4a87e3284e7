package casefile

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"redress/internal/civil"
	"redress/internal/money"
)

// 'redress init' writes a complete case file filled with a fictional
// example. Left half-edited, it gave an SF-95 for one person whose box 8
// told the example's story, so a value still holding the example is a data
// error, reported with every other problem of the file.
//
// Where the example comes from: the CLI decodes the init template (the
// embedded init/case.yaml) with Load like any case file and passes it in
// Options.Example; changing the template changes the check. casefile
// cannot read it itself: it is the first stage of the pipeline and knows
// no templates (the templates package belongs to the stages after it).
// The comparison is made here, not in the CLI, because only the decoder
// knows where a value was written (file:line:col, the environment
// variable that set it, a roster's row and column), and because a file's
// example values must be listed in the same run as its other errors.

// exampleKeys are the keys whose example value describes the example's
// person, office, matter or event: no real case can share them, so a value
// equal to the example's is one the user did not replace. [n] is any list
// item: a claimant added by copying the example's block is checked too.
// Each key carries what would be right, for the message.
//
// Not checked, because the example's value is a legitimate common choice
// that a real case may well share: schema, matter.as_of, the cities,
// states and ZIP codes of addresses (a client may live near the example's
// address), marital_status, employment, language, minor, incident.time
// (a few hundred plausible values, so a real incident at the example's
// time is common; the deadlines do not depend on it), incident.state,
// agency and component (the agency's own office), officers' titles,
// ftca.agency_office, court.district and division, complaint.counts and
// jury_demand, insurance carriers (a few big companies). An empty example
// value (a blank text, a null date, a zero amount) is never checked.
//
// The dates are checked although a real incident could fall on the
// example's day: every deadline counts from incident.date and the FTCA
// dates, and a date left from the example gives the client wrong
// deadlines without any other sign.
var exampleKeys = []struct{ path, right string }{
	{"matter.id", "your own file number for the matter"},
	{"firm.name", "your firm's or clinic's name"},
	{"firm.address.street", "your office's street address"},
	{"firm.phone", "your office's phone number"},
	{"firm.email", "your office's e-mail address"},
	{"firm.attorneys[n].name", "the attorney's name"},
	{"firm.attorneys[n].bar", "the attorney's bar number"},
	{"firm.attorneys[n].email", "the attorney's e-mail address"},
	{"firm.attorneys[n].phone", "the attorney's phone number"},
	{"claimants[n].name", "your client's name"},
	{"claimants[n].address.street", "your client's street address"},
	{"claimants[n].phone", "your client's phone number, or \"\""},
	{"claimants[n].email", "your client's e-mail address, or \"\""},
	{"claimants[n].date_of_birth", "your client's date of birth, or null"},
	{"claimants[n].a_number", "your client's A-number, or \"\""},
	{"claimants[n].representative.name", "the representative's name, or \"\""},
	{"claimants[n].representative.capacity", "the representative's capacity, or \"\""},
	{"claimants[n].representative.address.street", "the representative's street address, or \"\""},
	{"claimants[n].decedent.name", "the decedent's name, or \"\""},
	{"claimants[n].decedent.date_of_death", "the date of death, or null"},
	{"claimants[n].injury", "your client's injuries"},
	// The amounts are one value: a real claim may ask for the same
	// round amount of personal injury, but not for the example's three
	// amounts together.
	{"claimants[n].damages", "your client's amounts"},
	{"claimants[n].insurance.accident.policy", "the policy number, or \"\""},
	{"claimants[n].insurance.insurer_action", "what the insurer did, or \"\""},
	{"incident.date", "the day it happened"},
	{"incident.place", "where it happened"},
	{"incident.officers[n].name", "the officer's name, or \"\""},
	{"incident.officers[n].description", "what identifies this officer and what they did"},
	{"incident.summary", "your client's account of what happened"},
	{"incident.facts[n]", "your client's facts, one per line"},
	{"incident.property.owner", "the owner's name, or \"\""},
	{"incident.property.description", "the property damaged or lost, or \"\""},
	{"incident.witnesses[n].name", "the witness's name, or delete the witness"},
	{"incident.witnesses[n].address.street", "the witness's street address"},
	{"incident.evidence[n]", "your client's evidence, one item per line"},
	{"ftca.accrued_on", "the date the claim accrued, or null"},
	{"ftca.presented_on", "the date the agency received the claim, or null if it has not"},
	{"ftca.denied_on", "the date the denial was mailed, or null"},
	{"ftca.reconsideration_filed_on", "the date reconsideration was requested, or null"},
	{"court.case_number", "the case number, or \"\""},
}

// mentionKeys are the free-text keys in which the example client's name
// must not remain once the rest was edited ("ICE officers stopped Ms. X"
// in a summary otherwise rewritten). Each is in exampleKeys too (only
// those are walked), as is each of personKeys.
var mentionKeys = map[string]bool{
	"claimants[n].injury":                   true,
	"claimants[n].representative.capacity":  true,
	"claimants[n].insurance.insurer_action": true,
	"incident.place":                        true,
	"incident.officers[n].description":      true,
	"incident.summary":                      true,
	"incident.facts[n]":                     true,
	"incident.property.description":         true,
	"incident.evidence[n]":                  true,
}

// personKeys name people of the case. A client who shares the example
// client's family name is mentioned by it in the free text rightly, so a
// family name that a person of the case bears (other than by an example
// value) is not looked for.
var personKeys = map[string]bool{
	"firm.attorneys[n].name":           true,
	"claimants[n].name":                true,
	"claimants[n].representative.name": true,
	"claimants[n].decedent.name":       true,
	"incident.officers[n].name":        true,
	"incident.property.owner":          true,
	"incident.witnesses[n].name":       true,
}

// Example is the fictional case 'redress init' writes, made ready to find
// its values in another case. It is never changed once made, so loads may
// use it concurrently.
type Example struct {
	right  map[string]string            // key -> what would be right
	values map[string]map[string]string // key -> folded value -> value as shown
	names  []exampleName
}

// exampleName is an example client's name, folded, and the family name
// looked for alone: the last word of at least three letters (a shorter
// one, such as Lê, is too often a word of its own). Which word is the
// family name differs between cultures; the example's name is chosen so
// that it is the last.
type exampleName struct {
	full, family string // folded
	shown        string
}

// NewExample makes an Example of the case 'redress init' writes.
func NewExample(k *Case) *Example {
	e := &Example{right: map[string]string{}, values: map[string]map[string]string{}}
	for _, key := range exampleKeys {
		e.right[key.path] = key.right
	}
	walkExample(k, func(_, key, shown string, _ bool) {
		if shown == "" {
			return
		}
		if e.values[key] == nil {
			e.values[key] = map[string]string{}
		}
		e.values[key][foldText(shown)] = shown
	})
	for _, c := range k.Claimants {
		full := foldText(c.Name)
		if full == "" {
			continue
		}
		n := exampleName{full: full, shown: c.Name}
		words := strings.Fields(full)
		if last := words[len(words)-1]; len(words) > 1 && utf8.RuneCountInString(last) >= 3 {
			n.family = last
		}
		e.names = append(e.names, n)
	}
	return e
}

// exampleFinding is one value still holding the example.
type exampleFinding struct {
	path    string
	msg     string
	mention bool // the example client's name in free text, not a value equal to the example's
}

// find returns the values of k that still hold the example, in the
// schema's order.
func (e *Example) find(k *Case) []exampleFinding {
	if e == nil {
		return nil
	}
	type text struct{ path, key, folded string }
	var texts []text
	people := map[string]bool{} // folded names of the case's people, not the example's
	var out []exampleFinding
	walkExample(k, func(path, key, shown string, mapping bool) {
		values := e.values[key]
		if shown == "" || values == nil && !personKeys[key] && !mentionKeys[key] {
			return
		}
		folded := foldText(shown)
		if ex, ok := values[folded]; ok {
			if !mapping {
				ex = quoteShort(ex) // a mapping's few values are shown whole
			}
			out = append(out, exampleFinding{path: path, msg: fmt.Sprintf(
				"still the example from 'redress init' (%s); replace it with %s", ex, e.right[key])})
			return
		}
		if personKeys[key] {
			people[folded] = true
		}
		if mentionKeys[key] {
			texts = append(texts, text{path, key, folded})
		}
	})
	for _, t := range texts {
		if who := e.mentioned(t.folded, people); who != "" {
			out = append(out, exampleFinding{path: t.path, mention: true, msg: fmt.Sprintf(
				"still names %q, the client of the example from 'redress init'; write %s", who, e.right[t.key])})
		}
	}
	return out
}

// mentioned returns the example client's name or family name that the
// folded text names as a whole word, or "". A family name borne by a
// person of the case is not looked for.
func (e *Example) mentioned(text string, people map[string]bool) string {
	for _, n := range e.names {
		if hasWord(text, n.full) {
			return n.shown
		}
		if n.family == "" {
			continue
		}
		borne := false
		for p := range people {
			if hasWord(p, n.family) {
				borne = true
				break
			}
		}
		if !borne && hasWord(text, n.family) {
			words := strings.Fields(n.shown)
			return words[len(words)-1]
		}
	}
	return ""
}

// check reports, for a decoded case, every value still holding the
// example, where the decoder says it was written.
func (e *Example) check(k *Case, d *decoder, c *collector) {
	for _, f := range e.find(k) {
		if !d.failed[f.path] {
			c.probs = append(c.probs, d.problem(f.path, "%s", f.msg))
		}
	}
}

// checkBase reports the example values of a roster's base that no column
// of the roster replaces: every row would keep them, so the roster is
// refused before any row is drafted. A column's values are checked row by
// row (Roster.Case), as is the example client's name in the base's free
// text, which a row's own client may rightly bear.
func (e *Example) checkBase(r *Roster) Problems {
	if e == nil {
		return nil
	}
	c := &collector{file: r.base.Path, lines: r.base.lines}
	d := newDecoder(c, r.base.mapWord)
	k := new(Case)
	d.decode("", r.base.root, reflect.ValueOf(k).Elem())
	var probs Problems
	for _, f := range e.find(k) {
		if f.mention || r.covers(f.path) {
			continue
		}
		probs = append(probs, d.problem(f.path, "%s (every row of %s keeps this value of the base)", f.msg, r.Path))
	}
	probs.Sort()
	return probs
}

// covers reports whether a column of the roster sets the key path or a
// value inside it.
func (r *Roster) covers(path string) bool {
	for _, col := range r.cols {
		if col.path == path || strings.HasPrefix(col.path, path+".") || strings.HasPrefix(col.path, path+"[") {
			return true
		}
	}
	return false
}

// walkExample calls fn with the concrete key path (claimants[1].name),
// the key as exampleKeys names it (claimants[n].name) and the value as
// shown of every key exampleKeys names, in the schema's order. A key named
// there that holds a mapping (claimants[n].damages) is one value: its keys
// and values, joined. Only the mappings and lists that hold such a key
// are walked: a roster checks every row.
func walkExample(k *Case, fn func(path, key, shown string, mapping bool)) {
	var walk func(path, key string, v reflect.Value)
	walk = func(path, key string, v reflect.Value) {
		named, inside := exampleKeySet[key]
		if !named && !inside {
			return
		}
		t := v.Type()
		switch {
		case named && isScalar(t):
			fn(path, key, shownValue(v), false)
		case named && t.Kind() == reflect.Struct:
			fn(path, key, shownMapping(v), true)
		case t.Kind() == reflect.Struct:
			si := infoOf(t)
			for _, k := range si.keys {
				walk(joinPath(path, k), joinPath(key, k), v.Field(si.field[k]))
			}
		case t.Kind() == reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(path+"["+strconv.Itoa(i)+"]", key+"[n]", v.Index(i))
			}
		}
	}
	walk("", "", reflect.ValueOf(k).Elem())
}

// exampleKeySet maps each key of exampleKeys to true, and each mapping or
// list that holds one (claimants, claimants[n], claimants[n].address,
// and "" for the case itself) to false.
var exampleKeySet = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range exampleKeys {
		m[k.path] = true
		for p := parentPath(k.path); ; p = parentPath(p) {
			if _, ok := m[p]; !ok {
				m[p] = false
			}
			if p == "" {
				break
			}
		}
	}
	return m
}()

// shownValue writes a scalar as a message shows it; "" for an empty one
// (a blank text, a null date, a zero amount), which is never checked.
func shownValue(v reflect.Value) string {
	if v.Kind() == reflect.String {
		return strings.TrimSpace(v.String())
	}
	switch x := v.Interface().(type) {
	case civil.Date:
		if x.IsZero() {
			return ""
		}
		return x.String()
	case civil.TimeOfDay:
		return x.String()
	case money.Money:
		if x.IsZero() {
			return ""
		}
		return x.String()
	}
	return "" // booleans and numbers are choices, not descriptions
}

// shownMapping writes a mapping of scalars as "property $2,315.40,
// personal injury $87,500.00", leaving out empty values; "" when every
// value is empty.
func shownMapping(v reflect.Value) string {
	si := infoOf(v.Type())
	var parts []string
	for _, key := range si.keys {
		f := v.Field(si.field[key])
		if !isScalar(f.Type()) {
			continue
		}
		if s := shownValue(f); s != "" {
			parts = append(parts, strings.ReplaceAll(key, "_", " ")+" "+s)
		}
	}
	return strings.Join(parts, ", ")
}

// foldText prepares text for comparison: accents dropped, lower case,
// runs of white space as one space. "María  Elena" and "maria elena"
// fold alike.
func foldText(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		ascii = ascii && s[i] < utf8.RuneSelf
	}
	if !ascii {
		s = norm.NFD.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// hasWord reports whether the folded text holds the folded word (or
// words) as a whole: not inside a longer word ("torres" is not in
// "torresdale").
func hasWord(text, word string) bool {
	if word == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], word)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(word)
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (i == 0 || !isWordRune(before)) && (end == len(text) || !isWordRune(after)) {
			return true
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		from = i + size
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
