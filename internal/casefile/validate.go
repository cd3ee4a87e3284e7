package casefile

import (
	"fmt"
	"regexp"
	"strings"
)

// validate checks what the types cannot: required keys, closed lists of
// values, and dates that contradict each other. It sees the decoded Case
// and the decoder's record of where each key was written, and reports
// every problem at the key's position, or its parent's when the key is
// missing.
func validate(cs *Case, d *decoder, c *collector) {
	v := &validator{c: c, d: d}
	v.schema(cs)
	v.matter(cs.Matter)
	v.required("firm.name", cs.Firm.Name != "", "the name of the firm or clinic preparing the documents")
	v.claimants(cs.Claimants)
	v.incident(cs.Incident)
	v.ftca(cs.FTCA)
	v.ftcaDates(cs)
	v.zipCodes(cs)
	v.files(cs)
	v.dates(cs)
	if msg := d.text.check(len(cs.Claimants)); msg != "" {
		v.whole(msg)
	}
}

type validator struct {
	c *collector
	d *decoder
}

// report records a problem about a key: against its environment variable
// if it came from one, else where it (or its nearest parent) was written,
// or, for a roster row, at the row's cell that gave it (decoder.where).
func (v *validator) report(path, format string, args ...any) {
	v.c.probs = append(v.c.probs, v.d.problem(path, format, args...))
}

// failed reports whether the key's value, or a mapping or list it is in,
// was already reported as wrong: "firm: Lakeshore" is one problem, not
// also a missing firm.name.
func (v *validator) failed(path string) bool {
	for p := path; p != ""; p = parentPath(p) {
		if v.d.failed[p] {
			return true
		}
	}
	return false
}

// required reports a missing key (an empty string or a zero date counts as
// missing, and so does text with no visible character), unless its value
// was already reported as wrong.
func (v *validator) required(path string, given bool, what string) {
	if !given && !v.failed(path) {
		v.report(path, "required: %s%s", what, v.invisibleNote(path))
	}
}

// invisibleNote says why a key that was written counts as missing: its
// value, or a value under it, had no visible character (visible.go).
func (v *validator) invisibleNote(path string) string {
	for p := range v.d.invisible {
		if p == path || strings.HasPrefix(p, path+".") {
			return " (the value has no visible characters)"
		}
	}
	return ""
}

// whole reports a problem about the case as a whole: at the top of the
// file, or, for a roster row, at the row.
func (v *validator) whole(msg string) {
	if r := v.d.row; r != nil {
		v.c.probs = append(v.c.probs, Problem{File: r.file, Pos: Pos{Line: r.line}, Msg: msg})
		return
	}
	v.c.at(Pos{}, "", "%s", msg)
}

func (v *validator) schema(cs *Case) {
	switch {
	case v.failed("schema"):
	case cs.Schema == 0:
		v.report("schema", "required: write schema: 1 at the top of the file (the version of the case-file format)")
	case cs.Schema != 1:
		v.report("schema", "this file says schema %d, but this version of redress reads schema 1; write schema: 1 and check the keys against the case-file reference", cs.Schema)
	}
}

// matterID is what a matter id may be: it names the output folder, so it
// must be one path element that every file system accepts.
var matterID = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

func (v *validator) matter(m Matter) {
	const p = "matter.id"
	switch {
	case v.failed(p):
	case m.ID == "":
		v.required(p, false, "an id for the matter such as LIRC-2026-0142; it names the output folder")
	case !matterID.MatchString(m.ID) || m.ID == "." || m.ID == "..":
		v.report(p, "%s cannot name the output folder: use only letters, digits, '.', '_' and '-', starting with a letter or digit (such as LIRC-2026-0142)", quoteShort(m.ID))
	}
}

func (v *validator) claimants(cl []Claimant) {
	if len(cl) == 0 {
		v.required("claimants", false, "at least one claimant, each with a name and an address")
		return
	}
	for i, c := range cl {
		p := fmt.Sprintf("claimants[%d]", i)
		v.required(p+".name", c.Name != "", "the claimant's full name")
		v.address(p+".address", c.Address, "the claimant's mailing address")
		v.oneOf(p+".employment", c.Employment, "civilian or military (SF-95 box 3)", "civilian", "military")
		v.language(p+".language", c.Language)
		v.representative(p, c)
	}
}

// representative requires someone to file for a minor or for an estate.
// When the claimant has no representative key at all, the problem points
// at the key that makes one necessary (minor, decedent.name).
func (v *validator) representative(p string, c Claimant) {
	path := p + ".representative.name"
	if c.HasRepresentative() || v.failed(path) {
		return
	}
	var why, msg string
	switch {
	case c.Minor:
		why, msg = p+".minor", "required for a minor (minor: true): the parent or guardian who files for the claimant"
	case c.IsWrongfulDeath():
		why, msg = p+".decedent.name", "required for a wrongful-death claim (decedent.name is set): the person who files for the estate, such as its administrator"
	default:
		return
	}
	file, pos := v.d.where(path)
	if !v.d.given(p+".representative") && !v.d.row.has(path) {
		file, pos = v.d.where(why)
	}
	v.c.probs = append(v.c.probs, Problem{File: file, Pos: pos, Path: path, Msg: msg + v.invisibleNote(path)})
}

// address requires all four parts of a postal address; a wholly missing
// address is one problem, not four.
func (v *validator) address(p string, a Address, what string) {
	if a.IsZero() {
		v.required(p, false, what+" (street, city, state, zip)")
		return
	}
	v.required(p+".street", a.Street != "", "the street address")
	v.required(p+".city", a.City != "", "the city")
	v.required(p+".state", a.State != "", "the state")
	v.required(p+".zip", a.Zip != "", "the ZIP code")
}

// oneOf checks a key whose values are a closed list, if it was given.
func (v *validator) oneOf(path, val, want string, allowed ...string) {
	if val == "" || v.failed(path) {
		return
	}
	for _, a := range allowed {
		if val == a {
			return
		}
	}
	msg := fmt.Sprintf("must be %s, got %s", want, quoteShort(val))
	for _, a := range allowed {
		if strings.EqualFold(strings.TrimSpace(val), a) {
			msg += fmt.Sprintf("; write %s", a)
		}
	}
	v.report(path, "%s", msg)
}

func (v *validator) incident(in Incident) {
	v.required("incident.date", !in.Date.IsZero(), "the date of the incident (YYYY-MM-DD)")
	v.required("incident.place", in.Place != "", "where the incident happened, such as \"In front of 1420 W. Elm St., Chicago, Illinois\"")
	v.required("incident.state", in.State != "", "the two-letter code of the state where it happened (its law governs an FTCA claim)")
	if _, ok := usps[in.State]; in.State != "" && !ok && !v.failed("incident.state") {
		msg := fmt.Sprintf("%s is not the two-letter USPS code of a state or DC", quoteShort(in.State))
		if code, ok := stateCode(strings.TrimSpace(in.State)); ok {
			msg += fmt.Sprintf("; write %s", code)
		} else {
			msg += "; write a code such as IL or TX"
		}
		v.report("incident.state", "%s", msg)
	}
	v.required("incident.agency", in.Agency != "", "the agency whose officers acted, as the agency directory names it (ICE, CBP, ...)")
	v.entries("incident.facts", in.Facts, "a fact (one numbered paragraph of the complaint)")
	v.entries("incident.evidence", in.Evidence, "an item of evidence")
}

// entries requires each entry of a list of text to say something: an
// empty fact would be an empty numbered paragraph of the complaint.
func (v *validator) entries(path string, list []string, what string) {
	for i, s := range list {
		v.required(fmt.Sprintf("%s[%d]", path, i), s != "", "each entry is "+what+"; write it, or remove the entry")
	}
}

func (v *validator) ftca(f FTCA) {
	v.entries("ftca.agency_office.address", f.AgencyOffice.Address, "a line of the claims office's address")
	if !f.DeniedOn.IsZero() && !f.PresentedOn.IsZero() && f.DeniedOn.Before(f.PresentedOn) {
		v.report("ftca.denied_on", "the denial (%s) cannot come before the claim was presented (ftca.presented_on, %s); check both dates",
			f.DeniedOn, f.PresentedOn)
	}
	if !f.ReconsiderationFiledOn.IsZero() && f.DeniedOn.IsZero() && !v.failed("ftca.denied_on") {
		v.report("ftca.reconsideration_filed_on", "a request for reconsideration answers a denial, but ftca.denied_on is not set; give the date the denial was mailed")
	}
}
