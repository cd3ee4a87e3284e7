package casefile

import (
	"redress/internal/civil"
	"redress/internal/money"
)

// Case is one matter: who was harmed, what happened, what is claimed, who
// represents them and where a suit would be filed. The struct tags name the
// case-file keys; the key names are a public contract (never rename one).
type Case struct {
	Schema    int        `key:"schema"`
	Matter    Matter     `key:"matter"`
	Firm      Firm       `key:"firm"`
	Claimants []Claimant `key:"claimants"`
	Incident  Incident   `key:"incident"`
	FTCA      FTCA       `key:"ftca"`
	Court     Court      `key:"court"`
	Complaint Complaint  `key:"complaint"`
}

// Matter identifies the matter.
type Matter struct {
	// ID names the output folder: letters, digits, '.', '_', '-'.
	ID string `key:"id"`
	// AsOf is the date printed on documents and "today" for deadline math.
	AsOf civil.Date `key:"as_of"`
}

// Firm is who prepares the documents.
type Firm struct {
	Name      string     `key:"name"`
	Address   Address    `key:"address"`
	Phone     string     `key:"phone"`
	Email     string     `key:"email"`
	Attorneys []Attorney `key:"attorneys"`
	// Letterhead is a path to a .docx whose header, footer, styles and page
	// setup every DOCX uses (optional). A relative path is relative to the
	// case file's folder (files.go).
	Letterhead string `key:"letterhead"`
	// Logo is a path to a PNG or JPEG for the PDF letterhead (optional).
	Logo string `key:"logo"`

	// LetterheadFile and LogoFile are the files Letterhead and Logo name,
	// read and checked when the case was loaded; nil when the key is not
	// set. They are not keys of the case file.
	LetterheadFile *File
	LogoFile       *File
}

// Attorney is a lawyer of the firm; the first one signs.
type Attorney struct {
	Name  string `key:"name"`
	Bar   string `key:"bar"`
	Email string `key:"email"`
	Phone string `key:"phone"`
}

// Address is a postal address.
type Address struct {
	Street string `key:"street"`
	City   string `key:"city"`
	State  string `key:"state"`
	Zip    string `key:"zip"`
}

// IsZero reports whether no part of the address was given.
func (a Address) IsZero() bool { return a == Address{} }

// Claimant is one person making a claim; each gets their own SF-95 and
// advisory letter.
type Claimant struct {
	Name           string         `key:"name"`
	Address        Address        `key:"address"`
	Phone          string         `key:"phone"`
	Email          string         `key:"email"`
	DateOfBirth    civil.Date     `key:"date_of_birth"`
	MaritalStatus  string         `key:"marital_status"`
	Employment     string         `key:"employment"` // civilian | military
	Language       string         `key:"language"`   // a language code (en, es, or one the templates add; language.go); default en
	ANumber        string         `key:"a_number"`
	Minor          bool           `key:"minor"`
	Representative Representative `key:"representative"`
	Decedent       Decedent       `key:"decedent"`
	Injury         string         `key:"injury"`
	Damages        Damages        `key:"damages"`
	Insurance      Insurance      `key:"insurance"`
	// FTCA is this claimant's own claim dates, where they differ from the
	// case's ftca block (each SF-95 is received and decided on its own
	// day); a date left out is the case's (Case.ClaimantFTCA).
	FTCA ClaimantFTCA `key:"ftca"`
}

// HasRepresentative reports whether someone files for the claimant.
func (c Claimant) HasRepresentative() bool { return c.Representative.Name != "" }

// IsWrongfulDeath reports whether the claim is for a death.
func (c Claimant) IsWrongfulDeath() bool { return c.Decedent.Name != "" }

// Representative is a person filing for the claimant (parent, guardian,
// estate's administrator).
type Representative struct {
	Name     string  `key:"name"`
	Capacity string  `key:"capacity"`
	Address  Address `key:"address"`
}

// Decedent is the person who died, in a wrongful-death claim.
type Decedent struct {
	Name        string     `key:"name"`
	DateOfDeath civil.Date `key:"date_of_death"`
}

// Damages are SF-95 box 12; the total (12d) is computed, never typed.
type Damages struct {
	Property       money.Money `key:"property"`
	PersonalInjury money.Money `key:"personal_injury"`
	WrongfulDeath  money.Money `key:"wrongful_death"`
}

// Total is box 12d: the sum of 12a-12c.
func (d Damages) Total() money.Money {
	return money.Sum(d.Property, d.PersonalInjury, d.WrongfulDeath)
}

// Insurance is SF-95 items 15-19.
type Insurance struct {
	Accident      AccidentInsurance  `key:"accident"`
	ClaimFiled    bool               `key:"claim_filed"`
	Deductible    money.Money        `key:"deductible"`
	InsurerAction string             `key:"insurer_action"`
	Liability     LiabilityInsurance `key:"liability"`
}

// AccidentInsurance is SF-95 item 15.
type AccidentInsurance struct {
	Carrier string `key:"carrier"`
	Address string `key:"address"`
	Policy  string `key:"policy"`
}

// LiabilityInsurance is SF-95 item 19.
type LiabilityInsurance struct {
	Carrier string `key:"carrier"`
	Address string `key:"address"`
}

// Incident is what happened.
type Incident struct {
	Date      civil.Date      `key:"date"`
	Time      civil.TimeOfDay `key:"time"`
	Place     string          `key:"place"`
	State     string          `key:"state"`  // two-letter code where it happened
	Agency    string          `key:"agency"` // key in the agency directory
	Component string          `key:"component"`
	Officers  []Officer       `key:"officers"`
	Summary   string          `key:"summary"`
	Facts     []string        `key:"facts"`
	Property  Property        `key:"property"`
	Witnesses []Witness       `key:"witnesses"`
	Evidence  []string        `key:"evidence"`
}

// Officer is an officer involved; a blank name is pleaded as John Doe.
type Officer struct {
	Name        string `key:"name"`
	Title       string `key:"title"`
	Description string `key:"description"`
}

// Property is SF-95 box 9.
type Property struct {
	Owner       string `key:"owner"`
	Description string `key:"description"`
}

// Witness is SF-95 box 11.
type Witness struct {
	Name    string  `key:"name"`
	Address Address `key:"address"`
}

// FTCA holds the administrative claim's dates. The presentment,
// amendment, denial and reconsideration dates are every claimant's unless
// a claimant's own ftca block gives another (ClaimantFTCA).
type FTCA struct {
	AccruedOn   civil.Date `key:"accrued_on"`
	PresentedOn civil.Date `key:"presented_on"`
	// AmendedOn is the day the agency received an amendment of the claim
	// made before its final action (28 C.F.R. § 14.2(c)): the agency then
	// has six more months from it.
	AmendedOn              civil.Date   `key:"amended_on"`
	DeniedOn               civil.Date   `key:"denied_on"`
	ReconsiderationFiledOn civil.Date   `key:"reconsideration_filed_on"`
	AgencyOffice           AgencyOffice `key:"agency_office"`
}

// ClaimantFTCA is one claimant's FTCA claim dates, under the same keys as
// the case's ftca block. A zero date means "the case's date".
type ClaimantFTCA struct {
	PresentedOn            civil.Date `key:"presented_on"`
	AmendedOn              civil.Date `key:"amended_on"`
	DeniedOn               civil.Date `key:"denied_on"`
	ReconsiderationFiledOn civil.Date `key:"reconsideration_filed_on"`
}

// AgencyOffice overrides the agency directory's claims office.
type AgencyOffice struct {
	Name    string   `key:"name"`
	Address []string `key:"address"`
}

// Court is where a suit would be filed.
type Court struct {
	District   string `key:"district"`
	Division   string `key:"division"`
	CaseNumber string `key:"case_number"`
}

// Complaint chooses the counts of a complaint.
type Complaint struct {
	Counts     []string `key:"counts"`
	JuryDemand bool     `key:"jury_demand"`
}
