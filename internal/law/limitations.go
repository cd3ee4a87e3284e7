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
// 406 (9th Cir. 1991)). The table of those periods is limitations.yaml,
// transcribed from section 5.2 of shared/legal/bivens-qi-limitations-notes.md.
// A state that changed its law has several periods with effective dates,
// and the accrual date picks one (notes 5.3.1).

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
	// earlier date is the safe one (notes 5.3.2).
	EarliestYears int    `yaml:"earliest_years"`
	Statute       string `yaml:"statute"`
	From          string `yaml:"from"`
	Until         string `yaml:"until"`
	Note          string `yaml:"note"`

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
		switch r.Confidence {
		case "HIGH", "MED", "FLAG":
		default:
			return bad("%s: confidence %q must be HIGH, MED or FLAG", where, r.Confidence)
		}
		v, err := civil.ParseDate(r.Verified)
		if err != nil {
			return bad("%s: verified: %v", where, err)
		}
		r.verified = v
		if len(r.Periods) == 0 {
			return bad("%s: no periods", where)
		}
		for j := range r.Periods {
			p := &r.Periods[j]
			pw := fmt.Sprintf("%s periods[%d]", where, j)
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

func mustLimitations() *limTable {
	t, err := limitationsTable()
	if err != nil {
		panic(err)
	}
	return t
}

// Limitations returns the borrowed limitations period for a state (its
// two-letter code or its name, any case) and a claim accruing on the
// accrual date. Where sources disagree (Florida) Years is the earliest
// plausible period and LongerYears the longer one courts have applied.
// It reports false for a state not in the table.
func Limitations(state string, accrual civil.Date) (LimitationsPeriod, bool) {
	t := mustLimitations()
	i, ok := t.byKey[strings.ToUpper(strings.TrimSpace(state))]
	if !ok {
		return LimitationsPeriod{}, false
	}
	r := t.rows[i]
	p := r.Periods[0]
	for _, q := range r.Periods {
		if (q.from.IsZero() || !accrual.Before(q.from)) && (q.until.IsZero() || accrual.Before(q.until)) {
			p = q
		}
	}
	lp := LimitationsPeriod{
		State:      r.Code,
		StateName:  r.Name,
		Years:      p.Years,
		Statute:    p.Statute,
		Confidence: r.Confidence,
		Source:     r.Source,
		Charts:     t.chartsCited(r.Source),
		Note:       joinNotes(r.Note, p.Note),
		Verified:   r.verified,
		From:       p.from,
		Until:      p.until,
	}
	if p.EarliestYears > 0 {
		lp.Years, lp.LongerYears = p.EarliestYears, p.Years
	}
	return lp, true
}

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
