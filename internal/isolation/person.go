package isolation

import (
	"redress/internal/casefile"
	"redress/internal/civil"
)

// Person is what identifies one person in a document: the identifiers
// the guard looks for (a foreign person's), or those it must never report
// (a record's own people and the data shared by design). An empty field is
// not looked for.
type Person struct {
	Name    string
	Email   string
	Phone   string
	Street  string     // the street line of the postal address: "1420 W. Elm St., Apt. 3"
	ANumber string     // alien registration number, in any spelling
	Born    civil.Date // date of birth; zero: unknown
	// Minor: court filings name a minor by initials ("N.N.M."), which
	// then identify them as the name does.
	Minor bool
}

// Foreign is a person whose data must not appear in a record's documents
// unless the record names them as its own.
type Foreign struct {
	Person
	// Who says where the person comes from, for messages: "a claimant of
	// the base case samples/x.yaml", "the client of roster.csv:12".
	Who string
	// Loose also matches loose references to the person: a title or role
	// followed by a part of the name ("Ms. Torres"), a surname on its own
	// ("Torres was handcuffed"), a minor's initials. It is meant for the
	// base case's own claimants, whose story (incident.summary,
	// incident.facts) is written about them in just these words and is
	// inherited by every row that does not replace it; for the other
	// clients it would report every namesake.
	Loose bool
}

// PeopleOf returns the people a case is about: each claimant, the
// claimant's representative (a parent, a guardian, an estate's
// administrator) and the decedent of a wrongful-death claim. They are the
// case's own people: their data belongs in its documents.
func PeopleOf(k *casefile.Case) []Person {
	if k == nil {
		return nil
	}
	var out []Person
	for _, c := range k.Claimants {
		out = append(out, Person{Name: c.Name, Email: c.Email, Phone: c.Phone, Street: c.Address.Street,
			ANumber: c.ANumber, Born: c.DateOfBirth, Minor: c.Minor})
		if r := c.Representative; r.Name != "" || r.Address.Street != "" {
			out = append(out, Person{Name: r.Name, Street: r.Address.Street})
		}
		if c.Decedent.Name != "" {
			out = append(out, Person{Name: c.Decedent.Name})
		}
	}
	return out
}

// FirmOf returns the people whose data a case's documents share by design
// with every other case: the firm (name, phone, e-mail, street) and its
// attorneys. They stay shared even when a client gave the same (the
// clinic's phone as a client's contact), so that every letter's
// letterhead and signature pass.
//
// The incident's officers, witnesses and property owner are not shared
// this way. In a roster they come from the base, and when one of them is
// a client of some other record (the base case's claimant as the owner of
// the damaged car, a witness who is another row's client), naming them in
// this record's documents is exactly what the guard must report.
func FirmOf(k *casefile.Case) []Person {
	if k == nil {
		return nil
	}
	f := k.Firm
	out := []Person{{Name: f.Name, Phone: f.Phone, Email: f.Email, Street: f.Address.Street}}
	for _, a := range f.Attorneys {
		out = append(out, Person{Name: a.Name, Email: a.Email, Phone: a.Phone})
	}
	return out
}
