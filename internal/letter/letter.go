package letter

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"text/template"

	"redress/internal/assemble"
	"redress/internal/blocks"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/doc"
	"redress/internal/law"
	"redress/internal/locale"
)

// DraftMark is the notice every English draft carries; other languages
// say it with their own words (lang/<code>.yaml, draft_mark).
const DraftMark = "DRAFT FOR ATTORNEY REVIEW — NOT YET SENT"

// Data is what the letter template sees as its dot.
type Data struct {
	Case       *casefile.Case
	Claimant   casefile.Claimant
	Law        law.Facts
	AsOf       civil.Date
	AgencyName string
	Attorney   casefile.Attorney
	// Language is the code of the letter's language ("en", "es").
	Language string
	// Claim is the claimant's own FTCA claim dates.
	Claim ClaimDates
	// StateName is the state (or territory) where the incident happened,
	// by name ("Texas"), or its code when the name is not known.
	StateName string
	// Confidence says in the letter's words how sure the borrowed Bivens
	// period is (the limitations table's HIGH, MED or FLAG).
	Confidence string
	// Offices are where the client can report the officers' conduct.
	Offices []Office
}

// Options choose a letter's language.
type Options struct {
	// Language, when set, overrides the claimant's language (--language).
	Language string
}

// Result is one claimant's letter.
type Result struct {
	Document *doc.Document
	// Warnings are for the command line (e.g. a language with no letter).
	Warnings []string
}

// Build assembles the advisory letter for claimant i in the claimant's
// language.
func Build(eng *assemble.Engine, c *casefile.Case, i int, asOf civil.Date) (*Result, error) {
	return BuildWith(eng, c, i, asOf, Options{})
}

// BuildWith is Build with options.
func BuildWith(eng *assemble.Engine, c *casefile.Case, i int, asOf civil.Date, opt Options) (*Result, error) {
	cl := c.Claimants[i]
	facts := law.Compute(c, i, asOf)
	res := &Result{}
	lang := Language(eng, cl.Language, opt.Language)
	if w := Fallback(eng, cl, opt.Language); w != "" {
		res.Warnings = append(res.Warnings, w)
	}
	loc, err := loadLocale(eng, lang)
	if err != nil {
		return nil, &assemble.TemplateError{Name: locale.Path(lang), Err: err}
	}
	d := Data{Case: c, Claimant: cl, Law: facts, AsOf: asOf, AgencyName: agencyName(c), Language: lang,
		Claim: claimDates(c, i), StateName: facts.Limitations.StateName, Confidence: confidence(facts.Limitations, loc),
		Offices: offices(c.Incident.Agency, loc)}
	if d.StateName == "" {
		d.StateName = strings.TrimSpace(c.Incident.State)
	}
	if len(c.Firm.Attorneys) > 0 {
		d.Attorney = c.Firm.Attorneys[0]
	}
	body, err := eng.Execute(templatePath(lang), assemble.Input{Dot: d, Funcs: Funcs(facts, loc), Blocks: namedBlocks(d, loc)})
	if err != nil {
		return nil, err
	}
	draft := loc.Say("draft_mark")
	res.Document = &doc.Document{
		Meta: doc.Meta{
			Title:    loc.Say("title", "name", cl.Name),
			Author:   c.Firm.Name,
			Subject:  loc.Say("subject", "date", loc.Date(c.Incident.Date)) + " — " + draft,
			Keywords: "redress; " + loc.Say("keywords") + "; " + c.Matter.ID,
			Language: loc.Tag,
			Created:  asOf.Time(),
		},
		Layout: doc.LetterLayout(),
		Header: []doc.Paragraph{{Style: doc.Small, Align: doc.Right, Spans: []doc.Span{
			{Text: draft, Bold: true}, doc.BR(), doc.T(loc.Say("privileged")),
		}}},
		Footer: []doc.Paragraph{{Style: doc.Small, Align: doc.Center,
			Spans: footer(loc.Pattern("footer"), c.Firm.Name, cl.Name)}},
		Body: body,
	}
	return res, nil
}

// loadLocale reads a language's words once per engine.
func loadLocale(eng *assemble.Engine, lang string) (*locale.Locale, error) {
	v, err := eng.Memo("locale/"+lang, func() (any, error) { return locale.Load(eng.FS(), lang) })
	if err != nil {
		return nil, err
	}
	return v.(*locale.Locale), nil
}

// Funcs are the functions a letter template may call: those of every
// document (blocks.Funcs), with dates, money and days in loc's language.
func Funcs(f law.Facts, loc *locale.Locale) template.FuncMap {
	fm := blocks.Funcs(f)
	fm["date"] = loc.Date
	fm["money"] = loc.Money
	fm["weekday"] = loc.Weekday
	fm["days"] = loc.Days
	return fm
}

// footer turns the footer pattern into spans: {page} and {pages} become
// the page fields the writers fill in, the rest is text.
func footer(pattern, firm, name string) []doc.Span {
	var spans []doc.Span
	text := func(s string) {
		if s != "" {
			spans = append(spans, doc.T(strings.NewReplacer("{firm}", firm, "{name}", name).Replace(s)))
		}
	}
	for pattern != "" {
		i := strings.Index(pattern, "{page")
		if i < 0 {
			text(pattern)
			break
		}
		text(pattern[:i])
		switch {
		case strings.HasPrefix(pattern[i:], "{pages}"):
			spans = append(spans, doc.Span{Kind: doc.PageCount})
			pattern = pattern[i+len("{pages}"):]
		case strings.HasPrefix(pattern[i:], "{page}"):
			spans = append(spans, doc.Span{Kind: doc.PageNumber})
			pattern = pattern[i+len("{page}"):]
		default:
			text(pattern[i : i+len("{page")])
			pattern = pattern[i+len("{page"):]
		}
	}
	return spans
}

func templatePath(lang string) string { return "letter/" + lang + ".md" }

// Language is the language a claimant's letter is written in: override
// (--language) or else the claimant's own, when the templates have both
// its letter and its words; English otherwise.
func Language(eng *assemble.Engine, claimant, override string) string {
	want := claimant
	if override != "" {
		want = override
	}
	if want != "" && want != locale.Reference && locale.Available(eng.FS(), want) {
		if f, err := eng.FS().Open(templatePath(want)); err == nil {
			f.Close()
			return want
		}
	}
	return locale.Reference
}

// Fallback returns the warning for a claimant whose letter cannot be in
// the language asked for (override, else the claimant's own) because the
// templates in use have no letter in it, so that it is written in English;
// "" when it can be. It is the one wording of that warning: the letter
// itself, validate and each batch row print it.
func Fallback(eng *assemble.Engine, cl casefile.Claimant, override string) string {
	want := cl.Language
	if override != "" {
		want = override
	}
	if want == "" || Language(eng, cl.Language, override) == want {
		return ""
	}
	return fmt.Sprintf("%s: language %q has no advisory letter among the templates (have: %s; a language needs %s and %s); the letter is in English",
		cl.Name, want, strings.Join(Languages(eng), ", "), templatePath(want), locale.Path(want))
}

func agencyName(c *casefile.Case) string {
	if a, ok := law.Agency(c.Incident.Agency); ok {
		return a.Name
	}
	return strings.TrimSpace(c.Incident.Agency)
}

// Languages lists the languages the templates can write a letter in:
// those with both letter/<code>.md and lang/<code>.yaml.
func Languages(eng *assemble.Engine) []string {
	var out []string
	matches, _ := fs.Glob(eng.FS(), "lang/*.yaml")
	for _, m := range matches {
		code := strings.TrimSuffix(path.Base(m), ".yaml")
		if Language(eng, code, "") == code {
			out = append(out, code)
		}
	}
	return out
}
