package law

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"redress/internal/civil"
)

// Bivens has no limitations period of its own: courts borrow the forum
// state's general personal-injury period (Wilson v. Garcia, 471 U.S. 261
// (1985); Owens v. Okure, 488 U.S. 235 (1989); Van Strum v. Lawn, 940 F.2d
// 406 (9th Cir. 1991)). The table of those periods is limitations.yaml:
// the 50 states, D.C. and the five inhabited territories, each row with its
// sources, confidence and the day it was last checked. A place that changed
// its law has several periods with effective dates, and the accrual date
// picks one (Florida, Louisiana, Wisconsin, Puerto Rico). A place whose
// period no reliable source gives has a row with no periods (confidence
// UNVERIFIED): its deadline is never computed, and documents show
// MarkerLimitationsPeriod instead of a date.

//go:embed limitations.yaml
var limitationsYAML []byte

// limitationsFile is the shape of limitations.yaml.
type limitationsFile struct {
	// Charts maps the letters F, T, L, C, N used in the source column to
	// the general personal-injury charts they name.
	Charts map[string]string `yaml:"charts"`
	States []stateRow        `yaml:"states"`
}

type stateRow struct {
	Code       string      `yaml:"code"`
	Name       string      `yaml:"name"`
	Periods    []periodRow `yaml:"periods"`
	Confidence string      `yaml:"confidence"`
	Source     string      `yaml:"source"`
	Note       string      `yaml:"note"`
	Verified   string      `yaml:"verified"`

	verified civil.Date
}

type periodRow struct {
	Years int `yaml:"years"`
	// EarliestYears is a shorter period that may apply where sources
	// disagree (Florida). The deadline is computed with it, because the
	// earlier date is the safe one.
	EarliestYears int    `yaml:"earliest_years"`
	Statute       string `yaml:"statute"`
	From          string `yaml:"from"`
	Until         string `yaml:"until"`
	Note          string `yaml:"note"`
	// Confidence, if set, replaces the row's for this period (Puerto
	// Rico: HIGH under the old Civil Code, MED under the new one).
	Confidence string `yaml:"confidence"`

	from, until civil.Date
}

// limTable is the parsed, validated table.
type limTable struct {
	charts map[string]string
	rows   []stateRow
	byKey  map[string]int // upper-case code and upper-case name -> row
}

var limitationsTable = sync.OnceValues(func() (*limTable, error) {
	return parseLimitations(limitationsYAML)
})

var stateCode = regexp.MustCompile(`^[A-Z]{2}$`)

// parseLimitations decodes and checks the table. Besides the shape, it
// checks that each state's periods cover every accrual date exactly once:
// the first has no "from", the last no "until", and each "until" is the
// next "from". A gap or overlap would leave a date with no period or two.
func parseLimitations(data []byte) (*limTable, error) {
	var f limitationsFile
	if err := decodeStrict("limitations.yaml", data, &f); err != nil {
		return nil, err
	}
	bad := func(format string, args ...any) (*limTable, error) {
		return nil, fmt.Errorf("internal/law/limitations.yaml: "+format, args...)
	}
	if len(f.States) == 0 {
		return bad("no states")
	}
	t := &limTable{charts: f.Charts, byKey: map[string]int{}}
	for i := range f.States {
		r := &f.States[i]
		where := fmt.Sprintf("states[%d] (%s)", i, r.Code)
		if !stateCode.MatchString(r.Code) {
			return bad("%s: code must be two capital letters", where)
		}
		if r.Name == "" || r.Source == "" {
			return bad("%s: name and source are required", where)
		}
		v, err := civil.ParseDate(r.Verified)
		if err != nil {
			return bad("%s: verified: %v", where, err)
		}
		r.verified = v
		switch {
		case r.Confidence == "UNVERIFIED" && len(r.Periods) > 0:
			return bad("%s: a row marked UNVERIFIED must have no periods: no deadline is computed from an unverified period", where)
		case r.Confidence == "UNVERIFIED" && r.Note == "":
			return bad("%s: a row marked UNVERIFIED needs a note saying what is not known", where)
		case r.Confidence == "UNVERIFIED":
		case !knownConfidence(r.Confidence):
			return bad("%s: confidence %q must be HIGH, MED, FLAG or UNVERIFIED", where, r.Confidence)
		case len(r.Periods) == 0:
			return bad("%s: no periods (a place whose period is not known is marked confidence: UNVERIFIED)", where)
		}
		for j := range r.Periods {
			p := &r.Periods[j]
			pw := fmt.Sprintf("%s periods[%d]", where, j)
			if p.Confidence != "" && !knownConfidence(p.Confidence) {
				return bad("%s: confidence %q must be HIGH, MED or FLAG", pw, p.Confidence)
			}
			if p.Years < 1 || p.Statute == "" {
				return bad("%s: years (at least 1) and statute are required", pw)
			}
			if p.EarliestYears < 0 || p.EarliestYears >= p.Years {
				return bad("%s: earliest_years must be shorter than years", pw)
			}
			for _, d := range []struct {
				s   string
				out *civil.Date
			}{{p.From, &p.from}, {p.Until, &p.until}} {
				if d.s == "" {
					continue
				}
				if *d.out, err = civil.ParseDate(d.s); err != nil {
					return bad("%s: %v", pw, err)
				}
			}
			if j == 0 && !p.from.IsZero() {
				return bad("%s: the first period must have no from date", pw)
			}
			if j == len(r.Periods)-1 && !p.until.IsZero() {
				return bad("%s: the last period must have no until date", pw)
			}
			if j > 0 && (p.from.IsZero() || p.from != r.Periods[j-1].until) {
				return bad("%s: from must equal the previous period's until", pw)
			}
			if !p.from.IsZero() && !p.until.IsZero() && !p.from.Before(p.until) {
				return bad("%s: from must be before until", pw)
			}
		}
		for _, k := range []string{r.Code, strings.ToUpper(r.Name)} {
			if _, dup := t.byKey[k]; dup {
				return bad("%s: %q appears twice", where, k)
			}
			t.byKey[k] = i
		}
	}
	t.rows = f.States
	return t, nil
}

// knownConfidence reports whether c is a confidence a computed period may
// have.
func knownConfidence(c string) bool {
	return c == "HIGH" || c == "MED" || c == "FLAG"
}

func mustLimitations() *limTable {
	t, err := limitationsTable()
	if err != nil {
		panic(err)
	}
	return t
}

// Limitations returns the borrowed limitations period for a place (its
// two-letter code or its name, any case) and a claim accruing on the
// accrual date. Where sources disagree (Florida) Years is the earliest
// plausible period and LongerYears the longer one courts have applied.
// For a place in the table whose period is not known it returns the row
// with Years zero (Known reports false). It reports false for a place not
// in the table.
func Limitations(state string, accrual civil.Date) (LimitationsPeriod, bool) {
	t := mustLimitations()
	i, ok := t.byKey[strings.ToUpper(strings.TrimSpace(state))]
	if !ok {
		return LimitationsPeriod{}, false
	}
	r := t.rows[i]
	lp := LimitationsPeriod{
		State:      r.Code,
		StateName:  r.Name,
		Confidence: r.Confidence,
		Source:     r.Source,
		Charts:     t.chartsCited(r.Source),
		Note:       joinNotes(r.Note),
		Verified:   r.verified,
	}
	if len(r.Periods) == 0 {
		return lp, true
	}
	p := r.Periods[0]
	for _, q := range r.Periods {
		if (q.from.IsZero() || !accrual.Before(q.from)) && (q.until.IsZero() || accrual.Before(q.until)) {
			p = q
		}
	}
	lp.Years, lp.Statute, lp.From, lp.Until = p.Years, p.Statute, p.from, p.until
	lp.Note = joinNotes(r.Note, p.Note)
	if p.Confidence != "" {
		lp.Confidence = p.Confidence
	}
	if p.EarliestYears > 0 {
		lp.Years, lp.LongerYears = p.EarliestYears, p.Years
	}
	return lp, true
}

// Known reports whether a period is known, so that a deadline can be
// computed from it.
func (lp LimitationsPeriod) Known() bool { return lp.Years > 0 }

// Uncertain reports whether sources disagree about the period or its
// statute (a FLAG row, a longer period that may apply, or a statute whose
// subsection was not confirmed): the documents then say that a longer
// period may apply and that a lawyer must confirm it, while the deadline
// uses the earliest plausible period.
func (lp LimitationsPeriod) Uncertain() bool {
	return lp.Confidence == "FLAG" || lp.LongerYears > 0 || strings.Contains(lp.Statute, subsectionUnverified)
}

// subsectionUnverified marks, in a statute, a subsection the sources did
// not confirm.
const subsectionUnverified = "(subsection unverified)"

// LimitationsStates returns the two-letter codes in the table, in table
// order.
func LimitationsStates() []string {
	t := mustLimitations()
	codes := make([]string, len(t.rows))
	for i, r := range t.rows {
		codes[i] = r.Code
	}
	return codes
}

// chartsCited returns the URLs of the general charts a source column
// cites by letter ("F, T, N (L lists an obsolete section)" cites F, T and
// N). A letter counts only as a whole list item, so "C.C. Art." is not C.
func (t *limTable) chartsCited(source string) []string {
	var urls []string
	for _, item := range strings.FieldsFunc(source, func(r rune) bool { return r == ',' || r == ';' }) {
		item = strings.TrimSpace(item)
		letter, _, _ := strings.Cut(item, " (")
		if url, ok := t.charts[letter]; ok {
			urls = append(urls, letter+" = "+url)
		}
	}
	return urls
}

func joinNotes(notes ...string) string {
	var out []string
	for _, n := range notes {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return strings.Join(out, " ")
}
