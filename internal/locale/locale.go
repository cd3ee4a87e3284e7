package locale

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"golang.org/x/text/unicode/norm"

	"redress/internal/civil"
	"redress/internal/money"
)

// Reference is the language every other language is checked against.
const Reference = "en"

// Locale is one language's words and formats.
type Locale struct {
	Code string // as in the case file: "en", "es"
	Name string // the language's own name: "Español"
	Tag  string // BCP 47 tag for document metadata: "es-US"

	dateFormat string
	months     [12]string
	weekdays   [7]string // Sunday first
	moneyFmt   string
	thousands  string
	decimal    string
	words      map[string]string
}

// file is lang/<code>.yaml as written.
type file struct {
	Name string `yaml:"name"`
	Tag  string `yaml:"tag"`
	Date struct {
		Format   string   `yaml:"format"`
		Months   []string `yaml:"months"`
		Weekdays []string `yaml:"weekdays"`
	} `yaml:"date"`
	Money struct {
		Format    string `yaml:"format"`
		Thousands string `yaml:"thousands"`
		Decimal   string `yaml:"decimal"`
	} `yaml:"money"`
	Words map[string]string `yaml:"words"`
}

// Path is where a language's data lives among the templates.
func Path(code string) string { return "lang/" + code + ".yaml" }

// Available reports whether fsys has data for the language code.
func Available(fsys fs.FS, code string) bool {
	if !validCode.MatchString(code) {
		return false
	}
	_, err := fs.Stat(fsys, Path(code))
	return err == nil
}

var validCode = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)

// Load reads lang/<code>.yaml from fsys and checks it against the
// reference language: every key present, with the same placeholders.
// The error names the file and every problem.
func Load(fsys fs.FS, code string) (*Locale, error) {
	l, problems := load(fsys, code)
	if len(problems) > 0 {
		return nil, &Error{File: origin(fsys, Path(code)), Problems: Check(fsys, code)}
	}
	return l, nil
}

// origin names a file as the user knows it: its path in a --templates
// folder when it comes from there (see assemble.OverlayDir).
func origin(fsys fs.FS, name string) string {
	if o, ok := fsys.(interface{ Origin(string) string }); ok {
		return o.Origin(name)
	}
	return name
}

// Problem is one mistake in a language file, with the line it is on
// (0 when it is about the whole file, or a key that is missing).
type Problem struct {
	Line    int
	Message string
}

// Check reports every problem of lang/<code>.yaml in fsys, for
// "redress templates check", each with its line where it has one.
func Check(fsys fs.FS, code string) []Problem {
	_, problems := load(fsys, code)
	src, _ := fs.ReadFile(fsys, Path(code))
	out := make([]Problem, 0, len(problems))
	for _, p := range problems {
		key, _, _ := strings.Cut(p, ":")
		out = append(out, Problem{Line: lineOf(src, key), Message: p})
	}
	return out
}

// lineOf finds the line of a dotted key path ("words.closing",
// "date.months") in a language file: the first line, after the line of
// each parent key, that starts with the key's last part and a colon. A
// key that is missing gets its parent's line ("words:").
func lineOf(src []byte, path string) int {
	lines := strings.Split(string(src), "\n")
	at, line := 0, 0
	for _, part := range strings.Split(path, ".") {
		found := false
		for i := at; i < len(lines); i++ {
			if strings.HasPrefix(strings.TrimLeft(lines[i], " "), part+":") {
				at, line, found = i, i+1, true
				break
			}
		}
		if !found {
			break
		}
	}
	return line
}

// Error is a broken language file.
type Error struct {
	File     string
	Problems []Problem
}

// Error lists every problem as file:line: message, one per line.
func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		if p.Line > 0 {
			lines[i] = fmt.Sprintf("%s:%d: %s", e.File, p.Line, p.Message)
		} else {
			lines[i] = e.File + ": " + p.Message
		}
	}
	return strings.Join(lines, "\n")
}

func load(fsys fs.FS, code string) (*Locale, []string) {
	if !validCode.MatchString(code) {
		return nil, []string{fmt.Sprintf("%q is not a language code (two or three lower-case letters, as in \"es\")", code)}
	}
	l, problems := parse(fsys, code)
	if l == nil || code == Reference {
		return l, problems
	}
	ref, refProblems := parse(fsys, Reference)
	if ref == nil {
		return nil, append(problems, refProblems...)
	}
	problems = append(problems, compare(l, ref)...)
	if len(problems) > 0 {
		return nil, problems
	}
	return l, nil
}

func parse(fsys fs.FS, code string) (*Locale, []string) {
	src, err := fs.ReadFile(fsys, Path(code))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, []string{fmt.Sprintf("no %s among the templates", Path(code))}
		}
		return nil, []string{err.Error()}
	}
	var f file
	if err := yaml.UnmarshalWithOptions(bytes.TrimPrefix(src, []byte("\uFEFF")), &f, yaml.Strict()); err != nil {
		return nil, []string{yaml.FormatError(err, false, true)}
	}
	var problems []string
	bad := func(format string, a ...any) { problems = append(problems, fmt.Sprintf(format, a...)) }
	l := &Locale{Code: code, Name: f.Name, Tag: f.Tag, dateFormat: f.Date.Format, moneyFmt: f.Money.Format,
		thousands: f.Money.Thousands, decimal: f.Money.Decimal, words: map[string]string{}}
	if l.Name == "" {
		bad("name: missing (the language's own name)")
	}
	if l.Tag == "" {
		bad("tag: missing (a language tag such as %q)", code+"-US")
	}
	if len(f.Date.Months) != 12 {
		bad("date.months: want 12 month names, have %d", len(f.Date.Months))
	} else {
		copy(l.months[:], f.Date.Months)
	}
	if len(f.Date.Weekdays) != 7 {
		bad("date.weekdays: want 7 weekday names starting with Sunday, have %d", len(f.Date.Weekdays))
	} else {
		copy(l.weekdays[:], f.Date.Weekdays)
	}
	for _, p := range []string{"{day}", "{month}", "{year}"} {
		if !strings.Contains(l.dateFormat, p) {
			bad("date.format: %q lacks %s", l.dateFormat, p)
		}
	}
	if !strings.Contains(l.moneyFmt, "{amount}") {
		bad("money.format: %q lacks {amount}", l.moneyFmt)
	}
	if l.decimal == "" {
		bad("money.decimal: missing")
	}
	for k, v := range f.Words {
		l.words[k] = norm.NFC.String(v)
	}
	for i, s := range l.months {
		if strings.TrimSpace(s) == "" {
			bad("date.months: month %d has no name", i+1)
		}
	}
	for i, s := range l.weekdays {
		if strings.TrimSpace(s) == "" {
			bad("date.weekdays: day %d has no name", i+1)
		}
	}
	return l, problems
}

var placeholder = regexp.MustCompile(`\{[a-z_]+\}`)

// compare checks l against the reference: the same keys, and in each
// value the same placeholders (a translation may reorder them).
func compare(l, ref *Locale) []string {
	var problems []string
	for _, k := range sortedKeys(ref.words) {
		v, ok := l.words[k]
		if !ok {
			problems = append(problems, fmt.Sprintf("words.%s: missing (English: %q)", k, ref.words[k]))
			continue
		}
		want, have := placeholders(ref.words[k]), placeholders(v)
		if !slices.Equal(want, have) {
			problems = append(problems, fmt.Sprintf("words.%s: has placeholders %v, want %v", k, have, want))
		}
	}
	for _, k := range sortedKeys(l.words) {
		if _, ok := ref.words[k]; !ok {
			problems = append(problems, fmt.Sprintf("words.%s: not a key of %s (misspelt?)", k, Path(Reference)))
		}
	}
	return problems
}

func placeholders(s string) []string {
	ps := placeholder.FindAllString(s, -1)
	slices.Sort(ps)
	return slices.Compact(ps)
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Say returns the phrase for key with its placeholders filled from args,
// given as name, value pairs: Say("by_email", "email", "a@example.org").
// A key the file lacks yields "[key]", which a reviewer sees at once; Load
// has already refused a file that lacks a reference key.
func (l *Locale) Say(key string, args ...string) string {
	v, ok := l.words[key]
	if !ok {
		return "[" + key + "]"
	}
	return fill(v, args...)
}

func fill(pattern string, args ...string) string {
	if len(args) == 0 || !strings.Contains(pattern, "{") {
		return pattern
	}
	pairs := make([]string, 0, len(args))
	for i := 0; i+1 < len(args); i += 2 {
		pairs = append(pairs, "{"+args[i]+"}", args[i+1])
	}
	return strings.NewReplacer(pairs...).Replace(pattern)
}

// Pattern returns the raw phrase for key, placeholders unfilled, for a
// caller that turns some of them into something other than text (the page
// numbers of the footer).
func (l *Locale) Pattern(key string) string { return l.words[key] }

// Days is "1 day" or "N days" in the language.
func (l *Locale) Days(n int) string {
	if n == 1 || n == -1 {
		return l.Say("days_one")
	}
	return l.Say("days_other", "n", strconv.Itoa(n))
}

// Date writes d in the language's format; an unset date is "".
func (l *Locale) Date(d civil.Date) string {
	if d.IsZero() || d.Month < 1 || d.Month > 12 {
		return ""
	}
	return fill(l.dateFormat, "day", strconv.Itoa(d.Day), "month", l.months[d.Month-1],
		"year", strconv.Itoa(d.Year), "weekday", l.Weekday(d))
}

// Weekday is the name of d's day of the week.
func (l *Locale) Weekday(d civil.Date) string { return l.weekdays[d.Weekday()] }

// Money writes an amount with the language's separators.
func (l *Locale) Money(m money.Money) string {
	plain := m.Plain() // "1,850.00" or "-1,850.00"
	sign := ""
	if strings.HasPrefix(plain, "-") {
		sign, plain = "-", plain[1:]
	}
	whole, cents, _ := strings.Cut(plain, ".")
	whole = strings.ReplaceAll(whole, ",", l.thousands)
	return fill(l.moneyFmt, "sign", sign, "amount", whole+l.decimal+cents)
}
