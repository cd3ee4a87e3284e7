package sf95

import (
	"strings"

	"redress/internal/casefile"
	"redress/internal/law"
)

// Note is something counsel must know about one claimant's SF-95 packet
// before it is sent. Warning notes are urgent (a claim that may not do
// what the client needs); the others explain a box left for the attorney.
type Note struct {
	Text    string
	Warning bool
}

// claimNotes are every note for counsel about claimant i's packet. It is
// the one place they are decided: the presentment letter prints them with
// its other drafting notes, and the command prints them on standard error
// (Form.Notes), so that moving counsel's notes out of the letter changes
// one caller, not the notes.
func claimNotes(k *casefile.Case, i int, facts law.Facts) []Note {
	c := k.Claimants[i]
	var out []Note
	if d := k.FTCADatesOf(i).DeniedOn; !d.IsZero() {
		n := "The case file records that the agency denied this claim by a notice mailed on " + d.English() +
			". Presenting the claim again does not restart the clock of 28 U.S.C. § 2401(b) [AUTHORITY NEEDED: a decision holding that a new presentment of a denied claim does not start a new six-month period]: the claim is barred unless suit is begun within six months after the mailing of the notice of final denial"
		for _, dl := range facts.Deadlines {
			switch dl.Kind {
			case law.FTCASuit:
				n += ", that is, by " + dl.Date.English()
				if dl.Status == law.Passed {
					n += ", which has passed"
				}
			case law.FTCAReconsidered:
				n += "; a request for reconsideration is pending, and suit is not available until " + dl.Date.English() +
					" unless the agency decides sooner"
			}
		}
		n += ". Only a written request for reconsideration filed before that day gives the agency six more months (28 C.F.R. § 14.9(b)). Decide with the client whether to sue on the denied claim instead of presenting it again."
		out = append(out, Note{Text: n, Warning: true})
	}
	if owner, other := ownerOther(k, i); other && !c.Damages.Property.IsZero() {
		out = append(out, Note{Warning: true, Text: "Box 12a claims " + c.Damages.Property.String() +
			" for property the case file says belongs to " + owner + " (incident.property.owner). A claim for injury to or loss of property is presented by the owner, or by the owner's duly authorized agent or legal representative (28 C.F.R. § 14.3(a)). Move the amount to the owner's own claim, or enclose evidence of " +
			c.Name + "'s authority to present it for the owner; box 9 names the owner."})
	}
	var blank []string
	if c.IsWrongfulDeath() {
		out = append(out, Note{Text: "Boxes 4 and 5 (date of birth, marital status) of a claim for a death are left for you: the case file does not give the decedent's (" +
			c.Decedent.Name + "). Enter them, or the claimant's if the agency asks for those."})
	} else {
		if c.DateOfBirth.IsZero() {
			blank = append(blank, "4 (date of birth)")
		}
		if strings.TrimSpace(c.MaritalStatus) == "" {
			blank = append(blank, "5 (marital status)")
		}
	}
	if len(blank) > 0 {
		out = append(out, Note{Text: "Box " + strings.Join(blank, " and box ") + " is marked " + Needed +
			": the case file does not give it, and the form's NONE would be untrue. Enter it before the claimant signs."})
	}
	return out
}

// noteTexts returns the texts of notes, warnings first.
func noteTexts(ns []Note) []string {
	var out []string
	for _, warn := range []bool{true, false} {
		for _, n := range ns {
			if n.Warning == warn {
				out = append(out, n.Text)
			}
		}
	}
	return out
}
