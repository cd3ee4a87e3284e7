package batch

import (
	"fmt"
	"slices"
	"strings"

	"redress/internal/casefile"
	"redress/internal/doc"
	"redress/internal/drafts"
	"redress/internal/isolation"
)

// One client's data never reaches another client's document. A roster row
// lays its clients over a base that is shared by every row, and a batch
// drafts many records with shared renderers and caches; a wrong template,
// an inherited incident text that tells the base client's story, or a
// reused buffer could put one client's name, e-mail or A-number into
// another's letter. So every run builds one guard from every person who is
// a client of some record (the base case's own claimants included), and
// each record is checked twice before anything of it is written:
//
//   - its case text (checkCase): a value naming someone who is not one of
//     the record's own people is refused at its key, so the user learns
//     which field to give the row (incident.summary inherited from the
//     base, say);
//   - the finished text of every document it drafted (checkDocs), so that
//     no other path (a template, a cache) can leak what the case check
//     did not see.

// basePeople are the foreign people a roster's base brings: its own
// claimants, matched loosely (by surname, "Ms. Torres", a minor's
// initials), because the base's story about them is exactly what a row
// may inherit.
func basePeople(recs Records) []isolation.Foreign {
	r, ok := recs.(Roster)
	if !ok || r.R == nil || r.R.Base() == nil {
		return nil
	}
	b := r.R.Base()
	var out []isolation.Foreign
	for _, p := range isolation.PeopleOf(&casefile.Case{Claimants: b.Claimants}) {
		out = append(out, isolation.Foreign{Person: p, Who: "a claimant of the base case " + b.Path, Loose: true})
	}
	return out
}

// newGuard is the guard of a run: the base's people and every record's.
// A record's own people are taken out again when it is checked
// (isolation.Guard.Scope), so each record is checked against everyone
// else.
func newGuard(recs Records, plans []plan) *isolation.Guard {
	foreign := basePeople(recs)
	for i, p := range plans {
		for _, person := range p.people {
			foreign = append(foreign, isolation.Foreign{Person: person, Who: "the client of " + recs.ID(i)})
		}
	}
	return isolation.NewGuard(foreign, nil)
}

// ownScope is what a record may name: its own claimants, representatives
// and decedents, and the firm and its attorneys, whose data every document
// shares by design. (Officers, witnesses and a property owner are not
// exempt: one who is a client of another record is reported.)
func ownScope(g *isolation.Guard, k *casefile.Case) *isolation.Scope {
	own := append(isolation.PeopleOf(k), isolation.FirmOf(k)...)
	return g.Scope(own)
}

// checkCase refuses a record whose case text names another person's
// identifiers: one problem per key that carries them, at that key (the
// roster cell, or the base file's line for an inherited value).
func checkCase(src *casefile.Source, s *isolation.Scope) error {
	var probs casefile.Problems
	hits := isolation.ScanCase(src.Case, s)
	for j := 0; j < len(hits); {
		path := hits[j].Path
		var found []string
		for ; j < len(hits) && hits[j].Path == path; j++ {
			if d := describe(hits[j].Hit); !slices.Contains(found, d) {
				found = append(found, d)
			}
		}
		probs = append(probs, src.Problemf(path, "%s: not a client of this record; a record's documents name only its own clients. Give the record its own %s (a roster column), or write the shared text about the event, not about one person",
			strings.Join(found, "; "), path))
	}
	if len(probs) == 0 {
		return nil
	}
	return probs
}

// checkDocs refuses a record whose finished documents contain another
// person's identifiers. checkCase has already looked at every value of the
// case, so a hit here comes from elsewhere (a template, or a defect).
func checkDocs(set *drafts.Set, s *isolation.Scope) error {
	var msgs []string
	for _, n := range set.Docs {
		for _, d := range uniqueDocs(n.PDF, n.DOCX) {
			for _, h := range s.Find(doc.TextOf(d)) {
				msgs = append(msgs, fmt.Sprintf("%s %s, not a client of this record", n.Name, describe(h)))
			}
		}
	}
	if len(msgs) == 0 {
		return nil
	}
	return fmt.Errorf("refused, nothing of this record was written: %s (this is in no value of the case, so it comes from the templates or a defect of redress; please report it)",
		strings.Join(msgs, "; "))
}

// uniqueDocs drops the DOCX tree when it is the PDF's (most documents
// are one tree for both formats).
func uniqueDocs(a, b *doc.Document) []*doc.Document {
	switch {
	case b == nil || a == b:
		return []*doc.Document{a}
	case a == nil:
		return []*doc.Document{b}
	}
	return []*doc.Document{a, b}
}

// describe words a hit: `names "Ms. Torres" (María Elena Torres, a
// claimant of the base case base.yaml)`, `holds the e-mail of Ana Díaz,
// the client of roster.csv:12 ("ana@example.org")`.
func describe(h isolation.Hit) string {
	who := h.Person
	if h.Others > 0 {
		who += fmt.Sprintf(" or %d other %s", h.Others, plural(h.Others, "person", "people"))
	}
	if h.Kind == "name" {
		return fmt.Sprintf("names %q (%s, %s)", h.Match, who, h.Who)
	}
	return fmt.Sprintf("holds the %s of %s, %s (%q)", h.Kind, who, h.Who, h.Match)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
