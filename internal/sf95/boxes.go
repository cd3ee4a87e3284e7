package sf95

import (
	"fmt"
	"strings"

	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/money"
)

// None is what the form's instructions say to insert in an item that does
// not apply: "Complete all items - Insert the word NONE where applicable."
const None = "NONE"

// Boxes holds every value one claimant's SF-95 shows, box by box, as
// text. Newlines separate lines within a box.
type Boxes struct {
	Claimant string // for captions

	Agency        string // 1
	ClaimantBlock string // 2
	Military      bool   // 3
	Civilian      bool   // 3
	BirthDate     string // 4
	MaritalStatus string // 5
	DateAndDay    string // 6
	Time          string // 7
	Basis         string // 8
	Owner         string // 9, owner if other than the claimant
	Property      string // 9, description
	Injury        string // 10
	Witnesses     []Witness
	Property12a   money.Money
	Injury12b     money.Money
	Death12c      money.Money
	Total12d      money.Money
	Phone13b      string

	AccidentInsured   bool   // 15
	AccidentInsurance string // 15
	ClaimFiled        bool   // 16
	Deductible        string // 17
	InsurerAction     string // 18
	LiabilityInsured  bool   // 19
	LiabilityCarrier  string // 19
}

// Witness is one row of box 11.
type Witness struct {
	Name, Address string
}

// Fill maps claimant i of the case to the boxes of the form.
func Fill(k *casefile.Case, i int, agency Agency) Boxes {
	c := k.Claimants[i]
	inc := k.Incident
	b := Boxes{Claimant: c.Name}
	b.Agency = strings.Join(agency.Lines(), "\n")

	block := []string{c.Name, addressLine(c.Address)}
	switch {
	case c.IsWrongfulDeath() && (!c.HasRepresentative() || sameName(c.Representative.Name, c.Name)):
		// The claimant presents the death claim in a capacity (28 C.F.R.
		// § 14.3(c)): "Teresa Medina Salas, Administrator of the estate
		// of Rafael Medina Cruz".
		block[0] += ", " + capacity(c)
		if c.Address.IsZero() && !c.Representative.Address.IsZero() {
			block[1] = addressLine(c.Representative.Address)
		}
	case c.HasRepresentative():
		r := c.Representative
		cp := r.Capacity
		if c.IsWrongfulDeath() {
			cp = capacity(c)
		}
		block = append(block, "Personal representative: "+joinNonEmpty(", ", r.Name, cp))
		if !r.Address.IsZero() {
			block = append(block, addressLine(r.Address))
		}
	}
	b.ClaimantBlock = strings.Join(block, "\n")

	// Box 3 asks the claimant's type of employment; a case file that
	// does not say is a civilian's (the form has no "neither").
	b.Military = c.Employment == "military"
	b.Civilian = !b.Military
	// Boxes 4 and 5 are never NONE: everyone has a date of birth and a
	// marital status. A death claim's are the decedent's, which the case
	// file does not hold; what the case file does not give is left for
	// the attorney, marked (claimNotes says why).
	b.BirthDate, b.MaritalStatus = usDate(c.DateOfBirth), strings.TrimSpace(c.MaritalStatus)
	if c.IsWrongfulDeath() {
		b.BirthDate, b.MaritalStatus = "", ""
	}
	b.BirthDate, b.MaritalStatus = orNeeded(b.BirthDate), orNeeded(b.MaritalStatus)
	b.DateAndDay = fmt.Sprintf("%s (%s)", inc.Date.English(), inc.Date.Weekday())
	b.Time = orNone(inc.Time.String())

	var basis []string
	if inc.Summary != "" {
		basis = append(basis, inc.Summary)
	}
	if p := joinNonEmpty(" ", "Place of occurrence:", inc.Place); inc.Place != "" {
		basis = append(basis, p+".")
	}
	if inc.Component != "" || inc.Agency != "" {
		basis = append(basis, "Federal employees involved: "+officers(k, agency)+".")
	}
	basis = append(basis, inc.Facts...)
	b.Basis = orNone(strings.Join(basis, "\n"))

	// Box 9 concerns this claimant's property claim (12a).
	b.Owner, b.Property = None, None
	if !c.Damages.Property.IsZero() {
		b.Owner = ownerBlock(k, i)
		b.Property = orNone(inc.Property.Description)
	}

	var injury []string
	if c.IsWrongfulDeath() {
		d := "Decedent: " + c.Decedent.Name
		if !c.Decedent.DateOfDeath.IsZero() {
			d += " (died " + c.Decedent.DateOfDeath.English() + ")"
		}
		injury = append(injury, d+".")
	}
	if c.Injury != "" {
		injury = append(injury, c.Injury)
	}
	b.Injury = orNone(strings.Join(injury, "\n"))

	for _, w := range inc.Witnesses {
		b.Witnesses = append(b.Witnesses, Witness{Name: w.Name, Address: orNone(addressLine(w.Address))})
	}

	b.Property12a, b.Injury12b, b.Death12c = c.Damages.Property, c.Damages.PersonalInjury, c.Damages.WrongfulDeath
	b.Total12d = c.Damages.Total()
	b.Phone13b = c.Phone

	ins := c.Insurance
	b.AccidentInsured = ins.Accident.Carrier != ""
	b.AccidentInsurance = orNone(joinNonEmpty("\n", ins.Accident.Carrier, ins.Accident.Address, ifSet(ins.Accident.Policy != "", "Policy number: "+ins.Accident.Policy)))
	b.ClaimFiled = ins.ClaimFiled
	b.Deductible = None
	if !ins.Deductible.IsZero() {
		b.Deductible = ins.Deductible.String()
	}
	b.InsurerAction = orNone(ins.InsurerAction)
	b.LiabilityInsured = ins.Liability.Carrier != ""
	b.LiabilityCarrier = orNone(joinNonEmpty("\n", ins.Liability.Carrier, ins.Liability.Address))
	return b
}

// officers names the federal employees involved, for box 8 ("identifying
// persons ... involved").
func officers(k *casefile.Case, a Agency) string {
	var who []string
	for _, o := range k.Incident.Officers {
		name := o.Name
		if name == "" {
			name = "an officer whose name is not yet known"
		}
		who = append(who, joinNonEmpty(", ", name, o.Title))
	}
	org := joinNonEmpty(", ", a.Name, k.Incident.Component)
	if len(who) == 0 {
		return "officers of " + org
	}
	return strings.Join(who, "; ") + " (" + org + ")"
}

// Amount writes an amount for box 12: dollars and cents, or NONE.
func Amount(m money.Money) string {
	if m.IsZero() {
		return None
	}
	return m.String()
}

// usDate writes a date as forms do: 04/12/1988.
func usDate(d civil.Date) string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%02d/%02d/%04d", int(d.Month), d.Day, d.Year)
}

func orNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return None
	}
	return s
}

// Needed marks a box the case file cannot fill and that may not read
// NONE: the attorney fills it in.
const Needed = "[FACTS NEEDED]"

func orNeeded(s string) string {
	if strings.TrimSpace(s) == "" {
		return Needed
	}
	return s
}

func ifSet(ok bool, s string) string {
	if ok {
		return s
	}
	return ""
}
