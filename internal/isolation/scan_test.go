package isolation

import (
	"fmt"
	"slices"
	"testing"

	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/doc"
)

// rowCase is a roster row's case: its own client, Nguyễn Văn Ân, over a
// base case whose story (incident.*) is still about the base's claimant,
// María Elena Torres.
func rowCase() *casefile.Case {
	return &casefile.Case{
		Schema: 1,
		Matter: casefile.Matter{ID: "LIRC-2026-0142-r3", AsOf: civil.Date{Year: 2026, Month: 11, Day: 27}},
		Firm: casefile.Firm{
			Name: "Smith & <Sons> Legal Aid", Phone: "(312) 555-0142", Email: "intake@smith-sons.example.org",
			Address: casefile.Address{Street: "410 N. Main St., Suite 200", City: "Chicago", State: "IL", Zip: "60610"},
			Attorneys: []casefile.Attorney{
				{Name: "Ana Ramírez", Bar: "IL 6312345", Email: "aramirez@smith-sons.example.org"},
				{Name: "David Kowalczyk", Bar: "IL 6329876", Email: "dk@smith-sons.example.org", Phone: "(312) 555-0144"},
			},
		},
		Claimants: []casefile.Claimant{{
			Name:    "Nguyễn Văn Ân",
			Email:   "an.nguyen@example.org",
			Phone:   "+1 (312) 555-0177",
			ANumber: "A 204 118 907",
			Address: casefile.Address{Street: "77 North Lake Shore Drive", City: "Chicago", State: "IL", Zip: "60611"},
			Representative: casefile.Representative{Name: "Zoë O'Brien", Capacity: "guardian of Ms. Torres",
				Address: casefile.Address{Street: "1600 S. Halsted St."}},
			Injury: "Bruised ribs; seen at the clinic where Ms. Torres was treated, (773) 555-0199.",
			Insurance: casefile.Insurance{Accident: casefile.AccidentInsurance{
				Carrier: "Acme Mutual", Address: "met@example.org"}},
		}},
		Incident: casefile.Incident{
			Place:    "In front of 1420 W. Elm St., Chicago, Illinois",
			Officers: []casefile.Officer{{Title: "Deportation Officer", Description: "pushed Ms. Torres to the ground"}},
			Summary:  "ICE officers stopped Ms. Torres outside her home.",
			Facts: []string{
				"On March 14, 2025, at about 6:40 a.m., officers approached.",
				"They did not ask her name.",
				"María Elena Torres, born April 12, 1988, fell.",
			},
			Property:  casefile.Property{Owner: "Nguyễn Văn Ân", Description: "a phone"},
			Witnesses: []casefile.Witness{{Name: "Luis Ortega", Address: casefile.Address{Street: "1422 W. Elm St."}}},
			Evidence:  []string{"Photographs", "Torres's medical records (A123-456-789)"},
		},
		Complaint: casefile.Complaint{Counts: []string{"ftca-battery"}},
	}
}

func TestScanCase(t *testing.T) {
	k := rowCase()
	foreign := []Foreign{baseTorres, {Who: "the client of roster.csv:3", Person: PeopleOf(k)[0]}}
	g := NewGuard(foreign, FirmOf(k))
	var got []string
	for _, h := range ScanCase(k, g.Scope(PeopleOf(k))) {
		got = append(got, fmt.Sprintf("%s: %s", h.Path, brief(h.Hit)))
	}
	// The claimant's own fields (name, e-mail, phone, A-number, street,
	// representative's name and street) are not read, nor is anything
	// shared (the firm, the attorneys, the witness) reported.
	want := []string{
		"claimants[0].representative.capacity: name/title and name: Ms. Torres @12",
		"claimants[0].injury: name/title and name: Ms. Torres @39",
		"claimants[0].injury: phone: (773) 555-0199 @63",
		"claimants[0].insurance.accident.address: e-mail: met@example.org @0",
		"incident.place: street address: 1420 W. Elm St @12",
		"incident.officers[0].description: name/title and name: Ms. Torres @7",
		"incident.summary: name/title and name: Ms. Torres @21",
		"incident.facts[2]: name: María Elena Torres @0",
		"incident.facts[2]: date of birth: April 12, 1988 @26",
		"incident.evidence[1]: name/surname alone: Torres @0",
		"incident.evidence[1]: A-number: A123-456-789 @26",
	}
	same(t, got, want)
}

func TestPeopleOf(t *testing.T) {
	k := rowCase()
	k.Claimants = append(k.Claimants, casefile.Claimant{
		Name: "Sofía Reyes", Minor: true, DateOfBirth: civil.Date{Year: 2012, Month: 5, Day: 3},
		Representative: casefile.Representative{Name: "Carmen Reyes", Capacity: "mother"},
		Decedent:       casefile.Decedent{Name: "Luis Reyes"},
	})
	got := PeopleOf(k)
	want := []Person{
		{Name: "Nguyễn Văn Ân", Email: "an.nguyen@example.org", Phone: "+1 (312) 555-0177",
			Street: "77 North Lake Shore Drive", ANumber: "A 204 118 907"},
		{Name: "Zoë O'Brien", Street: "1600 S. Halsted St."},
		{Name: "Sofía Reyes", Minor: true, Born: civil.Date{Year: 2012, Month: 5, Day: 3}},
		{Name: "Carmen Reyes"},
		{Name: "Luis Reyes"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("PeopleOf:\ngot  %+v\nwant %+v", got, want)
	}
}

func TestFirmOf(t *testing.T) {
	k := rowCase()
	k.Incident.Officers = append(k.Incident.Officers, casefile.Officer{Name: "Luis Ortega Díaz"})
	k.Incident.Witnesses = append(k.Incident.Witnesses, casefile.Witness{Name: "Rosa Díaz"})
	got := FirmOf(k)
	// Only the firm and its attorneys: officers, witnesses and the
	// property owner are not shared by design.
	want := []Person{
		{Name: "Smith & <Sons> Legal Aid", Phone: "(312) 555-0142", Email: "intake@smith-sons.example.org",
			Street: "410 N. Main St., Suite 200"},
		{Name: "Ana Ramírez", Email: "aramirez@smith-sons.example.org"},
		{Name: "David Kowalczyk", Email: "dk@smith-sons.example.org", Phone: "(312) 555-0144"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("FirmOf:\ngot  %+v\nwant %+v", got, want)
	}
}

func TestScanCaseSkipsOwnFields(t *testing.T) {
	// Without own people the client is as foreign as anyone: then only
	// the fields that are not the client's own identifiers report them.
	k := rowCase()
	k.Incident = casefile.Incident{Summary: "Nguyễn Văn Ân and Zoë O'Brien"}
	k.Claimants[0].Injury = "seen at 77 N. Lake Shore Dr."
	foreign := []Foreign{{Who: "row 3", Person: PeopleOf(k)[0]}, {Who: "row 3", Person: PeopleOf(k)[1]}}
	var got []string
	for _, h := range ScanCase(k, NewGuard(foreign, nil).Scope(nil)) {
		got = append(got, fmt.Sprintf("%s: %s", h.Path, brief(h.Hit)))
	}
	want := []string{
		"claimants[0].injury: street address: 77 N. Lake Shore Dr @8 (Nguyễn Văn Ân)",
		"incident.summary: name: Nguyễn Văn Ân @0 (Nguyễn Văn Ân)",
		"incident.summary: name: Zoë O'Brien @22 (Zoë O'Brien)",
	}
	same(t, got, want)
}

func TestFindInDocument(t *testing.T) {
	// A letter for Nguyễn Văn Ân whose letterhead was filled with the
	// base claimant's name, and whose SF-95 box repeats her phone.
	d := &doc.Document{
		Meta:       doc.Meta{Title: "Advisory letter", Author: "Smith & <Sons> Legal Aid"},
		Letterhead: &doc.Letterhead{Tokens: map[string]string{"claimant.name": "María Elena Torres"}},
		Body: []doc.Block{
			doc.Paragraph{Spans: []doc.Span{doc.T("Dear Nguyễn Văn Ân:")}},
			doc.Canvas{Items: []doc.CanvasItem{doc.TextBox{Spans: []doc.Span{doc.T("(773) 555-0199")}}}},
		},
	}
	got := briefs(testGuard().Find(doc.TextOf(d), []Person{rowAn.Person}))
	same(t, got, []string{"name: María Elena Torres @41", "phone: (773) 555-0199 @85"})
}
