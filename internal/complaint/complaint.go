package complaint

import (
	"fmt"
	"strings"

	"redress/internal/assemble"
	"redress/internal/blocks"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/doc"
	"redress/internal/law"
	"redress/internal/money"
)

// Options change what the complaint contains.
type Options struct {
	// Clean leaves out the drafting notes for counsel.
	Clean bool
	// AllowPremature drafts FTCA counts before the claim is exhausted.
	AllowPremature bool
	// PleadingPaper numbers 28 lines down the left margin of every page
	// (N.D. Cal. Civ. L.R. 3-4(c)).
	PleadingPaper bool
}

// Data is what the complaint template sees as its dot.
type Data struct {
	Case           *casefile.Case
	Plaintiffs     []Plaintiff
	Officers       []Defendant
	HasFTCA        bool
	HasBivens      bool
	JuryDemand     bool
	AgencyName     string
	StateName      string
	FTCA           FTCAFacts
	Limitations    law.LimitationsPeriod
	BivensDeadline civil.Date
	BivensCounts   []string
	FTCACounts     []string
	ShortTitle     string

	// FTCAPlaintiffs are the plaintiffs of the FTCA counts: those whose
	// administrative claims stated a positive sum certain. FTCAWho names
	// them ("Plaintiffs" when they are every plaintiff), FTCAOne is true
	// when there is one. NoSumCertain are the plaintiffs left out of the
	// FTCA counts because their claims stated none.
	FTCAPlaintiffs []Plaintiff
	FTCAWho        string
	FTCAOne        bool
	NoSumCertain   []Plaintiff
	// Claims are the FTCA plaintiffs' administrative claims, grouped by
	// their dates, for the exhaustion section.
	Claims []ClaimGroup
	// BivensPassed is the computed Bivens limitations date when it has
	// passed (zero otherwise): the complaint then pleads no timeliness
	// and says so.
	BivensPassed civil.Date
	Venue        Venue
}

// FTCAFacts are what the exhaustion section says of the administrative
// claims as a whole; each claim's own dates are in Data.Claims.
type FTCAFacts struct {
	Amount         money.Money
	ExhaustionNote string
}

// CountData is what a count template sees as its dot.
type CountData struct {
	Case *casefile.Case
	// Plaintiffs are the plaintiffs of this count: every plaintiff for a
	// Bivens count, the FTCA plaintiffs for an FTCA count.
	Plaintiffs []Plaintiff
	Officers   []Defendant
	Defendants string
	StateName  string
	AgencyName string
	// Who names the persons the count concerns ("Plaintiffs"; "Plaintiff
	// A and Tomás Delgado" when one sued for a death or the count
	// concerns only some plaintiffs).
	Who string
	// Injured and PropertyDamaged are Who for the persons the case file
	// shows to have suffered a physical injury (or death) or property
	// damage, with a [FACTS NEEDED] marker for the others; Home is "the
	// home where ... lived at the time", a marker where the case file
	// does not say who lived there (harm.go).
	Injured, PropertyDamaged, Home string
	// ClaimCap is what caps an FTCA count's damages: "the sum stated in
	// Plaintiff’s administrative claim", "... in each Plaintiff’s ...".
	ClaimCap string
}

// Result is a drafted complaint.
type Result struct {
	Document *doc.Document
	Warnings []string
}

// Refusal is a complaint redress will not draft as asked.
type Refusal struct{ Problems casefile.Problems }

func (r *Refusal) Error() string { return r.Problems.Error() }

// Build drafts the complaint.
func Build(eng *assemble.Engine, src *casefile.Source, asOf civil.Date, opt Options) (*Result, error) {
	k := src.Case
	cat, err := Catalogue(eng.FS())
	if err != nil {
		return nil, err
	}
	counts, err := check(src, cat, asOf, opt)
	if err != nil {
		return nil, err
	}
	d := data(k, counts, asOf)
	funcs := blocks.Funcs(law.Compute(k, 0, asOf))
	named := map[string]assemble.BlockFunc{
		"caption": func(...any) ([]doc.Block, error) { return caption(k, d), nil },
		"facts":   func(...any) ([]doc.Block, error) { return facts(k), nil },
		"counts": func(...any) ([]doc.Block, error) {
			return countBlocks(eng, counts, d, funcs)
		},
		"signature": func(...any) ([]doc.Block, error) { return signature(k), nil },
	}
	body, err := eng.Execute("complaint/complaint.md", assemble.Input{Dot: d, Funcs: funcs, Blocks: named})
	if err != nil {
		return nil, err
	}
	// Sections are centred first-level headings; counts sit under them.
	for i, b := range body {
		if h, ok := b.(doc.Heading); ok && h.Level == 2 {
			h.Level = 1
			body[i] = h
		}
	}
	if opt.Clean {
		body = assemble.Filter(body, func(b doc.Block) bool {
			p, ok := b.(doc.Paragraph)
			return !ok || p.Style != doc.Note
		})
	}
	if err := assemble.Number(body); err != nil {
		return nil, &assemble.TemplateError{Name: "complaint/complaint.md", Err: err}
	}
	red := newRedactor(k)
	assemble.MapText(body, red.text)

	layout := doc.PleadingLayout()
	if opt.PleadingPaper {
		layout.PleadingLines = 28
	}
	res := &Result{Document: &doc.Document{
		Meta: doc.Meta{
			Title:    "Complaint — " + d.ShortTitle,
			Author:   k.Firm.Name,
			Subject:  "Complaint for damages, " + courtName(k) + " — DRAFT FOR ATTORNEY REVIEW",
			Keywords: "redress; complaint; Bivens; FTCA; draft; " + k.Matter.ID,
			Language: "en-US",
			Created:  asOf.Time(),
		},
		Layout: layout,
		Header: []doc.Paragraph{{Style: doc.Small, Align: doc.Right, Spans: []doc.Span{doc.B("DRAFT FOR ATTORNEY REVIEW")}}},
		Footer: []doc.Paragraph{{Style: doc.Small, Align: doc.Center, Spans: []doc.Span{
			doc.T(red.text(d.ShortTitle) + " — Complaint — Page "), {Kind: doc.PageNumber}, doc.T(" of "), {Kind: doc.PageCount},
		}}},
		Body: body,
	}}
	res.Warnings = warnings(k, d)
	return res, nil
}

func courtName(k *casefile.Case) string {
	return "United States District Court for the " + k.Court.District
}

// data builds the template's dot.
func data(k *casefile.Case, counts []Count, asOf civil.Date) Data {
	d := Data{Case: k, Plaintiffs: plaintiffs(k), Officers: defendants(k), JuryDemand: k.Complaint.JuryDemand,
		StateName: stateName(k.Incident.State)}
	if a, ok := law.Agency(k.Incident.Agency); ok {
		d.AgencyName = a.Name
	} else {
		d.AgencyName = k.Incident.Agency
	}
	for i, c := range counts {
		title := "COUNT " + roman(i+1) + " — " + c.Title
		if c.FTCA() {
			d.HasFTCA = true
			d.FTCACounts = append(d.FTCACounts, title)
		} else {
			d.HasBivens = true
			d.BivensCounts = append(d.BivensCounts, title)
		}
	}
	for _, c := range k.Claimants {
		if c.Damages.Total() > 0 {
			d.FTCA.Amount += c.Damages.Total()
		}
	}
	facts := law.Compute(k, 0, asOf)
	d.Limitations = facts.Limitations
	for _, dl := range facts.Deadlines {
		if dl.Kind == law.BivensLimitations {
			d.BivensDeadline = dl.Date
			if dl.Status == law.Passed && d.HasBivens {
				d.BivensPassed = dl.Date
			}
		}
	}
	d.Claims, d.NoSumCertain = claimGroups(k, d.Plaintiffs, asOf)
	for _, p := range d.Plaintiffs {
		if p.FTCA {
			d.FTCAPlaintiffs = append(d.FTCAPlaintiffs, p)
		}
	}
	d.FTCAOne = len(d.FTCAPlaintiffs) == 1
	d.FTCAWho = plural(len(d.Plaintiffs), "Plaintiff", "Plaintiffs")
	if len(d.FTCAPlaintiffs) < len(d.Plaintiffs) {
		d.FTCAWho = plaintiffNames(d.FTCAPlaintiffs)
	}
	d.Venue = venueOf(k)
	// The short title names the first plaintiff as the case file writes
	// the name (which part is the family name differs between cultures)
	// and the first defendant.
	first := d.Plaintiffs[0].Name
	def := "United States"
	if d.HasBivens {
		def = d.Officers[0].Name
	}
	more := len(d.Officers) > 1 || (d.HasBivens && d.HasFTCA)
	d.ShortTitle = first
	if len(d.Plaintiffs) > 1 {
		d.ShortTitle += " et al."
	}
	d.ShortTitle += " v. " + def
	if more {
		d.ShortTitle += " et al."
	}
	return d
}

// check applies the complaint's rules and returns the chosen counts.
func check(src *casefile.Source, cat []Count, asOf civil.Date, opt Options) ([]Count, error) {
	k := src.Case
	var probs casefile.Problems
	if strings.TrimSpace(k.Court.District) == "" {
		probs = append(probs, src.Problemf("court.district", "a complaint needs the district court, e.g. court.district: Northern District of Illinois"))
	}
	if len(k.Firm.Attorneys) == 0 || k.Firm.Attorneys[0].Name == "" {
		probs = append(probs, src.Problemf("firm.attorneys", "a complaint needs the signing attorney (Fed. R. Civ. P. 11(a)): add firm.attorneys with name, bar, email and phone"))
	}
	if len(k.Complaint.Counts) == 0 {
		probs = append(probs, src.Problemf("complaint.counts", "a complaint needs at least one count; choose from: %s", keys(cat)))
	}
	byKey := map[string]Count{}
	for _, c := range cat {
		byKey[c.Key] = c
	}
	var chosen []Count
	seen := map[string]bool{}
	for i, key := range k.Complaint.Counts {
		c, ok := byKey[key]
		switch {
		case !ok:
			probs = append(probs, src.Problemf(fmt.Sprintf("complaint.counts[%d]", i), "unknown count %q; the catalogue has: %s", key, keys(cat)))
		case seen[key]:
			probs = append(probs, src.Problemf(fmt.Sprintf("complaint.counts[%d]", i), "count %q is listed twice", key))
		default:
			chosen = append(chosen, c)
			seen[key] = true
		}
	}
	if len(probs) > 0 {
		return nil, probs
	}
	for _, c := range chosen {
		if !c.FTCA() {
			continue
		}
		if !anySumCertain(k) {
			return nil, &Refusal{casefile.Problems{src.Problemf("complaint.counts",
				"FTCA counts cannot be pleaded: no claimant's administrative claim states a positive sum certain (claimants[].damages total $0.00), so no plaintiff can allege that a claim was presented and exhausted (28 U.S.C. § 2675(a); 28 C.F.R. § 14.2(a)). Leave out the FTCA counts, or enter the damages each claim stated")}}
		}
		if premature, on, why := law.PrematureFTCASuit(k, asOf); premature && !opt.AllowPremature {
			msg := "FTCA counts cannot be filed yet: " + why
			if !on.IsZero() {
				msg += fmt.Sprintf(" Exhaustion completes on %s.", on.English())
			}
			msg += " A suit filed before exhaustion must be dismissed (28 U.S.C. § 2675(a); McNeil v. United States, 508 U.S. 106 (1993)). Leave out the FTCA counts, wait, or pass --allow-premature to draft them anyway."
			return nil, &Refusal{casefile.Problems{src.Problemf("complaint.counts", "%s", msg)}}
		}
		break
	}
	return chosen, nil
}

func keys(cat []Count) string {
	var ks []string
	for _, c := range cat {
		ks = append(ks, c.Key)
	}
	return strings.Join(ks, ", ")
}

// anySumCertain reports whether some claimant's claim stated a positive
// sum certain.
func anySumCertain(k *casefile.Case) bool {
	for _, c := range k.Claimants {
		if c.Damages.Total() > 0 {
			return true
		}
	}
	return false
}

// warnings are what the complaint command prints: a passed deadline for a
// claim the complaint pleads, a venue it cannot plead, plaintiffs left out
// of the FTCA counts.
func warnings(k *casefile.Case, d Data) []string {
	var out []string
	if !d.BivensPassed.IsZero() {
		out = append(out, "the Bivens limitations date ("+d.BivensPassed.English()+") has passed; the complaint pleads no timeliness for the Bivens counts")
	}
	if d.HasFTCA {
		for _, g := range d.Claims {
			for _, passed := range []struct {
				date civil.Date
				what string
			}{{g.PresentmentPassed, "the deadline for the agency to receive the FTCA claim"}, {g.SuitPassed, "the deadline to sue after the FTCA denial"}} {
				if !passed.date.IsZero() {
					out = append(out, fmt.Sprintf("%s of %s (%s) has passed; the complaint pleads no timeliness for it",
						passed.what, plaintiffNames(g.Plaintiffs), passed.date.English()))
				}
			}
		}
		for _, p := range d.NoSumCertain {
			out = append(out, "Plaintiff "+p.Name+" is left out of the FTCA counts: the claim states no positive sum certain")
		}
	}
	if !d.Venue.Proper {
		where := "court.district (" + k.Court.District + ") names no state redress knows"
		if d.Venue.CourtState != "" {
			where = "the incident happened in " + stateName(k.Incident.State) + ", not in " + d.Venue.CourtState + " where the " + k.Court.District + " sits"
		}
		out = append(out, "venue: "+where+"; the venue allegation is left as [FACTS NEEDED: venue]")
	}
	return out
}
