package complaint

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"redress/internal/assemble"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/render/docx"
	"redress/internal/verify"
	"redress/templates"
)

// Tests of what the finished complaint pleads, read back from the PDF
// (pdftotext, after pdfcpu, qpdf and pdffonts have checked it) and from
// the DOCX's XML. Dates in the expectations are computed by hand.

// pleaded drafts the complaint on asOf and returns the text of its PDF
// and of its DOCX, folded, and the command's warnings.
func pleaded(t *testing.T, src *casefile.Source, on civil.Date, opt Options) (texts map[string]string, warnings []string) {
	t.Helper()
	res, err := Build(assemble.New(templates.FS), src, on, opt)
	if err != nil {
		t.Fatal(err)
	}
	var db bytes.Buffer
	if err := docx.Write(&db, res.Document); err != nil {
		t.Fatal(err)
	}
	return map[string]string{
		"PDF":  verify.Fold(verify.PDF(t, write(t, res.Document, ".pdf"))),
		"DOCX": verify.Fold(verify.DOCXText(t, db.Bytes())),
	}, res.Warnings
}

// pleads checks that both texts have every want and none of the nots.
func pleads(t *testing.T, texts map[string]string, wants []string, nots ...string) {
	t.Helper()
	for what, text := range texts {
		verify.ContainsAll(t, what, text, wants...)
		for _, n := range nots {
			if strings.Contains(text, verify.Fold(n)) {
				t.Errorf("%s pleads %q", what, n)
			}
		}
	}
}

func warned(t *testing.T, warnings []string, want string) {
	t.Helper()
	for _, w := range warnings {
		if strings.Contains(w, want) {
			return
		}
	}
	t.Errorf("no warning says %q: %q", want, warnings)
}

func day(y, m, d int) civil.Date { return civil.Date{Year: y, Month: time.Month(m), Day: d} }

// Rule 6: a pleading never alleges that a claim is timely when a computed
// deadline for it has passed; the allegation becomes a marker that --clean
// keeps, with an urgent drafting note.
func TestPassedDeadlineIsNotPleadedTimely(t *testing.T) {
	t.Run("suit after the denial", func(t *testing.T) {
		// Denied 2026-09-15: suit by 2027-03-15; drafted 2027-04-01.
		src := load(t, "testdata/three-plaintiffs.yaml")
		texts, ws := pleaded(t, src, day(2027, 4, 1), Options{})
		marker := "[FACTS NEEDED: timeliness — the computed deadline passed on March 15, 2027]"
		pleads(t, texts, []string{
			"denied the claims of Plaintiffs Nguyễn Văn Ân, S.R., and Rosa Delgado. " + marker,
			"Drafting note: URGENT. A computed deadline for the administrative claims of Plaintiffs Nguyễn Văn Ân, S.R., and Rosa Delgado has passed.",
			"that is, by March 15, 2027 (28 U.S.C. § 2401(b))",
		}, "This action is filed within six months after the date of mailing")
		warned(t, ws, "the deadline to sue after the FTCA denial of Plaintiffs Nguyễn Văn Ân, S.R., and Rosa Delgado (March 15, 2027) has passed")
		clean, _ := pleaded(t, src, day(2027, 4, 1), Options{Clean: true})
		pleads(t, clean, []string{marker}, "URGENT", "This action is filed within six months")
	})
	t.Run("presentment", func(t *testing.T) {
		// Incident 2025-10-01: the agency had to receive the claims by
		// 2027-10-01; it received them on 2027-10-05.
		src := load(t, "testdata/three-plaintiffs.yaml")
		src.Case.FTCA.PresentedOn, src.Case.FTCA.DeniedOn = day(2027, 10, 5), day(2028, 1, 10)
		texts, ws := pleaded(t, src, day(2028, 6, 1), Options{Clean: true})
		pleads(t, texts, []string{
			"On October 5, 2027, Plaintiffs Nguyễn Văn Ân, S.R., and Rosa Delgado each presented an administrative claim",
			"as required by 28 U.S.C. § 2675(a) and 28 C.F.R. § 14.2(a). [FACTS NEEDED: timeliness — the computed deadline passed on October 1, 2027]",
			// Suit by 2028-07-10 is still open.
			"This action is filed within six months after the date of mailing of that notice.",
		}, "presented within two years after they accrued")
		warned(t, ws, "the deadline for the agency to receive the FTCA claim of Plaintiffs Nguyễn Văn Ân, S.R., and Rosa Delgado (October 1, 2027) has passed")
	})
	t.Run("Bivens", func(t *testing.T) {
		// Texas, incident 2025-01-22: two years end 2027-01-22; drafted
		// 2027-02-01 (the FTCA suit date, 2027-02-28, is still open).
		src := load(t, "../../samples/texas-wrongful-death.yaml")
		marker := "[FACTS NEEDED: timeliness — the computed deadline passed on January 22, 2027]"
		texts, ws := pleaded(t, src, day(2027, 2, 1), Options{})
		pleads(t, texts, []string{marker, "Drafting note: URGENT. The limitations period for the Bivens counts, borrowed from Texas"})
		warned(t, ws, "the Bivens limitations date (January 22, 2027) has passed")
		clean, _ := pleaded(t, src, day(2027, 2, 1), Options{Clean: true})
		pleads(t, clean, []string{marker}, "URGENT")
	})
}

// Rule 7: a plaintiff whose claim stated no sum certain is left out of the
// FTCA counts and of the exhaustion allegations, with a drafting note; the
// complaint never says that every plaintiff presented a sum certain. With
// no sum certain at all, FTCA counts are refused.
func TestNoExhaustionForAZeroClaim(t *testing.T) {
	src := load(t, "testdata/three-plaintiffs.yaml")
	src.Case.Claimants[1].Damages = casefile.Damages{} // S.R.
	texts, ws := pleaded(t, src, asOf, Options{})
	pleads(t, texts, []string{
		"On December 1, 2025, Plaintiffs Nguyễn Văn Ân and Rosa Delgado each presented an administrative claim",
		"Plaintiffs Nguyễn Văn Ân and Rosa Delgado also bring claims against Defendant United States of America",
		"would be liable to Plaintiff Nguyễn Văn Ân and Tomás Delgado in accordance with the law of Washington",
		"not exceeding the sum stated in the administrative claim of each of Plaintiffs Nguyễn Văn Ân and Rosa Delgado",
		"Drafting note: Plaintiff S.R. is left out of the FTCA counts and of these exhaustion allegations",
		"($2,085,420.10 in total)",
	}, "each Plaintiff presented", "S.R., and Rosa Delgado each presented", "Plaintiffs Nguyễn Văn Ân, S.R., and Rosa Delgado each")
	warned(t, ws, "Plaintiff S.R. is left out of the FTCA counts")

	for i := range src.Case.Claimants {
		src.Case.Claimants[i].Damages = casefile.Damages{}
	}
	_, err := Build(assemble.New(templates.FS), src, asOf, Options{})
	var r *Refusal
	if !errorsAs(err, &r) || !strings.Contains(err.Error(), "no claimant's administrative claim states a positive sum certain") {
		t.Errorf("FTCA counts with no sum certain must be refused: %v", err)
	}
}

// Rule 8: venue is pleaded only where the events happened in the court's
// state; FTCA claims rest on 28 U.S.C. § 1402(b), and an FTCA-only
// complaint does not cite § 1391(b)(2).
func TestVenue(t *testing.T) {
	src := load(t, "testdata/three-plaintiffs.yaml")
	src.Case.Court.District, src.Case.Court.Division = "Northern District of Illinois", ""
	texts, ws := pleaded(t, src, asOf, Options{Clean: true})
	pleads(t, texts, []string{"[FACTS NEEDED: venue]"}, "Venue is proper", "Venue of the claims against the United States is proper")
	warned(t, ws, "venue: the incident happened in Washington, not in Illinois where the Northern District of Illinois sits")

	src = load(t, "testdata/three-plaintiffs.yaml")
	src.Case.Complaint.Counts = []string{"ftca_battery"}
	texts, ws = pleaded(t, src, asOf, Options{})
	pleads(t, texts, []string{"Venue of the claims against the United States is proper in this District under 28 U.S.C. § 1402(b)"},
		"1391", "[FACTS NEEDED: venue]")
	for _, w := range ws {
		if strings.Contains(w, "venue") {
			t.Errorf("venue warning for a court in the incident's state: %q", w)
		}
	}
}

// Rule 9: Rule 5.2 by substance: A-numbers however written, a minor's
// name without accents or in another case, a birth date in any form.
func TestPrivacyBySubstance(t *testing.T) {
	src := load(t, "testdata/three-plaintiffs.yaml")
	src.Case.Incident.Facts = append(src.Case.Incident.Facts,
		"SOFIA REYES, whom her friends call sofia reyes, was born on 05/03/2012; Sofia's file is 123 456 789.",
		"An officer wrote A 204 118 907 and 204-118-907 on a form.",
		"On May 3rd, 2012, Sofia was born.")
	texts, _ := pleaded(t, src, asOf, Options{Clean: true})
	pleads(t, texts, []string{
		"S.R., whom her friends call S.R., was born in 2012; S.R.'s file is [A-number omitted].",
		"An officer wrote [A-number omitted] and [A-number omitted] on a form.",
		"In 2012, S.R. was born.",
		"tackled S.R., who was born in 2012, to the concrete.",
	}, "Sofia", "SOFIA", "sofia", "Sofía", "SOFÍA", "204", "123 456 789", "05/03/2012", "May 3", "born on")
}

// Counts assert of each plaintiff only what the case file establishes:
// here the plaintiffs live at different addresses (and the case file
// gives none for the man who died), only one claims property damage, and
// one states no injury.
func TestCountsAssertOnlyWhatTheCaseFileEstablishes(t *testing.T) {
	src := load(t, "testdata/three-plaintiffs.yaml")
	src.Case.Complaint.Counts = []string{"bivens_unlawful_entry", "ftca_battery"}
	src.Case.Claimants[1].Injury, src.Case.Claimants[1].Damages = "", casefile.Damages{Property: 500} // S.R.
	texts, _ := pleaded(t, src, asOf, Options{Clean: true})
	pleads(t, texts, []string{
		"entered and searched the home where [FACTS NEEDED: who lived in the home the officers entered; the case file gives no address for Tomás Delgado] lived at the time",
		"Plaintiff Nguyễn Văn Ân, Plaintiff S.R., and [FACTS NEEDED: whether Tomás Delgado suffered damage to property; the case file states none] suffered damage to property",
		"As a direct and proximate result of the battery, Plaintiff Nguyễn Văn Ân, Tomás Delgado, and [FACTS NEEDED: whether Plaintiff S.R. suffered physical injury; the case file states none] suffered physical injury",
	}, "the home where Plaintiffs lived", "Plaintiff S.R., and Tomás Delgado suffered physical injury")

	// Two plaintiffs at one address: the home is theirs.
	src = load(t, "testdata/three-plaintiffs.yaml")
	src.Case.Claimants = src.Case.Claimants[:2]
	src.Case.Claimants[1].Address = src.Case.Claimants[0].Address
	src.Case.Complaint.Counts = []string{"bivens_unlawful_entry"}
	texts, _ = pleaded(t, src, asOf, Options{Clean: true})
	pleads(t, texts, []string{"entered and searched the home where Plaintiffs lived at the time"}, "FACTS NEEDED: who lived")
}

// The parties paragraphs read whatever the case file gives as an officer's
// title and description: a role ("team leader") is not pasted after "the
// officer who", a title that has its article gets no second one, and an
// acronym takes "an".
func TestOfficerSentencesRead(t *testing.T) {
	src := load(t, "testdata/three-plaintiffs.yaml")
	src.Case.Incident.Officers = []casefile.Officer{
		{Name: "Pat Quinn", Title: "a supervisory officer", Description: "team leader"},
		{Name: "Lee Park", Title: "ERO officer", Description: "shaved head; pushed S.R. to the ground; about 6 ft tall."},
		{Name: "Ana Cruz", Title: "Unit Chief", Description: ""},
	}
	notes, _ := pleaded(t, src, asOf, Options{})
	// A role is not conduct: the drafting note asks what Quinn did.
	pleads(t, notes, []string{"The case file describes no conduct for: Pat Quinn; Ana Cruz; add it to the facts."})
	texts, _ := pleaded(t, src, asOf, Options{Clean: true})
	pleads(t, texts, []string{
		"Defendant Pat Quinn is a supervisory officer employed by",
		"Defendant Pat Quinn is identified by this description: team leader.",
		"Defendant Lee Park is an ERO officer employed by",
		"Defendant Lee Park is the officer who pushed S.R. to the ground. Defendant Lee Park is further identified by this description: shaved head; and about 6 ft tall.",
		"Defendant Ana Cruz is a Unit Chief employed by",
	}, "officer who team leader", "a a supervisory", "an Unit", "tall..")
}

// The Bivens counts' drafting notes carry the limitations table's row:
// where sources disagree (Florida after March 24, 2023) the longer period,
// the earliest plausible one used, the confidence, the note and the date
// the row was last checked.
func TestLimitationsNoteCarriesTheTable(t *testing.T) {
	src := load(t, "testdata/three-plaintiffs.yaml")
	src.Case.Incident.State, src.Case.Court.District = "FL", "Southern District of Florida"
	texts, _ := pleaded(t, src, asOf, Options{})
	pleads(t, texts, []string{
		"Drafting note: Limitations for the Bivens counts. The period is borrowed from Florida law: 2 years",
		"counted from October 1, 2025, so the computed deadline is October 1, 2027.",
		"Sources disagree: courts have applied 4 years, and the deadline shown uses the earliest plausible period, 2 years.",
		"The limitations table rates this period FLAG (recently changed or commonly mis-stated); the row was last checked on",
		"The table’s note: Florida cut negligence claims to 2 years on March 24, 2023 (HB 837)",
	})
}
