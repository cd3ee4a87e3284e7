package casefile

// keyDescriptions are the one-line descriptions of the case-file keys that
// an editor shows on hover and beside each completion, by generic key path
// (claimants[n].name), or by Go type and key (Address.zip) for the keys of
// a type used in several places.
//
// They are kept here, not drawn from the Go field comments (go/doc at
// generate time), because the two are written for different readers: a
// field's comment tells a maintainer why the code is as it is (and most
// fields have none: Name, Phone, Email need none in Go), while a
// description tells the person typing a case file what to write, in the
// words of docs/casefile.md. A generated schema is also needed at run
// time, in a binary that has no source to parse. jsonschema_test.go fails
// when a key has no description or a description names no key, so a key
// added to Case cannot be forgotten here.
var keyDescriptions = map[string]string{
	"schema": "The version of the case-file format: always 1.",

	"matter":       "Identifies the matter.",
	"matter.id":    "Required. Your file number for the matter, such as LIRC-2026-0142: letters, digits, '.', '_' and '-' (at most 64). It names the output folder.",
	"matter.as_of": "The date printed on the documents and \"today\" for the deadlines (YYYY-MM-DD). null: the day redress runs.",

	"firm":                    "Who prepares the documents: the letterhead and the signature blocks.",
	"firm.name":               "Required. The firm's or clinic's name, as it should print.",
	"firm.address":            "The office's mailing address, for the letterhead.",
	"firm.phone":              "The office's main phone number, printed on the letterhead.",
	"firm.email":              "The office's main e-mail address, printed on the letterhead.",
	"firm.attorneys":          "The lawyers. The first one signs the letters and the complaint; a complaint needs at least one.",
	"firm.attorneys[n].name":  "The attorney's full name, as it should appear under the signature line.",
	"firm.attorneys[n].bar":   "The bar number, written the way the court expects it (free text).",
	"firm.attorneys[n].email": "The attorney's e-mail address (signature block).",
	"firm.attorneys[n].phone": "The attorney's direct phone number (signature block).",
	"firm.letterhead":         "Optional. A Word (.docx) file of the office's letterhead, inside this file's folder: every Word document then uses its header, footer, fonts and page setup.",
	"firm.logo":               "Optional. A PNG or JPEG of the office's logo, inside this file's folder, shown above the firm's name in PDF letters.",

	"Address.street": "The street address, with the apartment or suite.",
	"Address.city":   "The city.",
	"Address.state":  "The state: its two-letter code, such as IL.",
	"Address.zip":    "The ZIP code, in quotes so a leading 0 is kept: 5 digits or ZIP+4 (\"60622\", \"60622-1234\").",

	"claimants":                                  "Required: one or more people making a claim. Each gets their own SF-95 and their own advisory letter.",
	"claimants[n].name":                          "Required. The claimant's full legal name, spelled exactly (accents included).",
	"claimants[n].address":                       "Required, all four parts. Where the claimant gets mail: the letter goes here.",
	"claimants[n].phone":                         "The claimant's phone number (SF-95 box 2), in quotes if it is only digits.",
	"claimants[n].email":                         "The claimant's e-mail address.",
	"claimants[n].date_of_birth":                 "The claimant's date of birth, YYYY-MM-DD (SF-95 box 4). Court filings show the year only.",
	"claimants[n].marital_status":                "The claimant's marital status, in words, such as Single, Married, Widowed (SF-95 box 5).",
	"claimants[n].employment":                    "The claimant's employment status: civilian or military (SF-95 box 3).",
	"claimants[n].language":                      "The language of this claimant's letter, as a code: en, es, or one the templates add. Default en; a code with no letter falls back to English with a warning.",
	"claimants[n].a_number":                      "The alien registration number. Never printed in a court filing.",
	"claimants[n].minor":                         "true if the claimant is under 18: court filings use initials, and a representative is required.",
	"claimants[n].representative":                "Whoever files for the claimant: a parent or guardian of a minor, or the administrator of an estate. Leave the name blank if the claimant acts for themself.",
	"claimants[n].representative.name":           "The representative's full name.",
	"claimants[n].representative.capacity":       "The representative's role, in words, such as \"mother and next friend\" or \"administrator of the estate\".",
	"claimants[n].representative.address":        "The representative's address, if different from the claimant's.",
	"claimants[n].decedent":                      "Only for a wrongful-death claim: the person who died. A representative is then required.",
	"claimants[n].decedent.name":                 "The full name of the person who died. Leave blank if nobody died.",
	"claimants[n].decedent.date_of_death":        "The date of death, YYYY-MM-DD, or null.",
	"claimants[n].injury":                        "SF-95 box 10: each injury, how bad it is and where it was treated (or, for a death claim, the cause of death).",
	"claimants[n].damages":                       "SF-95 box 12: the amounts claimed. The total (12d) is always computed, never typed; it limits what a later lawsuit may ask for.",
	"claimants[n].damages.property":              "Box 12a: property damaged or lost (repair or replacement cost).",
	"claimants[n].damages.personal_injury":       "Box 12b: injuries: medical bills, lost pay, pain and suffering.",
	"claimants[n].damages.wrongful_death":        "Box 12c: death claims only; otherwise 0.",
	"claimants[n].insurance":                     "SF-95 items 15-19. Left out, the form says \"No\" / \"NONE\".",
	"claimants[n].insurance.accident":            "Item 15: accident (health or auto) insurance.",
	"claimants[n].insurance.accident.carrier":    "The insurance company's name.",
	"claimants[n].insurance.accident.address":    "The insurance company's address.",
	"claimants[n].insurance.accident.policy":     "The policy number.",
	"claimants[n].insurance.claim_filed":         "Item 16: true if the claimant already claimed from that insurer.",
	"claimants[n].insurance.deductible":          "Item 17: the deductible, if any.",
	"claimants[n].insurance.insurer_action":      "Item 18: what the insurer has done or offered, in words.",
	"claimants[n].insurance.liability":           "Item 19: public liability or property damage insurance.",
	"claimants[n].insurance.liability.carrier":   "The insurance company's name.",
	"claimants[n].insurance.liability.address":   "The insurance company's address.",
	"claimants[n].ftca":                          "Optional: this claimant's own claim dates, where they differ from the case's ftca block. A date left out or null is the case's.",
	"claimants[n].ftca.presented_on":             "The day the agency received this claimant's claim (not the mailing day).",
	"claimants[n].ftca.amended_on":               "The day the agency received an amendment of this claimant's claim, made before its final action.",
	"claimants[n].ftca.denied_on":                "The day the agency mailed its final denial of this claimant's claim.",
	"claimants[n].ftca.reconsideration_filed_on": "The day this claimant's request to reconsider the denial was filed.",

	"incident":                         "What happened; shared by all claimants.",
	"incident.date":                    "Required. The day it happened (YYYY-MM-DD). Most deadlines count from it.",
	"incident.time":                    "About what time, in quotes: \"06:40\" or \"6:40 AM\".",
	"incident.place":                   "Required. Where it happened, as it should print.",
	"incident.state":                   "Required. The two-letter code of the state, DC or territory where it happened: its law governs an FTCA claim and sets the deadline to sue the officers.",
	"incident.agency":                  "Required. The agency whose officers acted, by its short name in the agency directory: ICE, CBP, ...",
	"incident.component":               "The office or unit, if known.",
	"incident.officers":                "Each officer involved. A blank name is pleaded as \"John Doe 1\", \"John Doe 2\", ...",
	"incident.officers[n].name":        "The officer's full name, if known; blank if not.",
	"incident.officers[n].title":       "The officer's job title, if known.",
	"incident.officers[n].description": "What identifies this officer and what the officer did: badge number, clothing, vehicle, words, force used.",
	"incident.summary":                 "One short paragraph telling what happened: it opens SF-95 box 8 and the letter's account.",
	"incident.facts":                   "The detailed story, one fact per item, in time order: each becomes a numbered paragraph of the complaint.",
	"incident.property":                "SF-95 box 9: property damaged or lost.",
	"incident.property.owner":          "The owner's name; blank if the claimant owns it.",
	"incident.property.description":    "What it is, the damage, and where it can be inspected.",
	"incident.witnesses":               "SF-95 box 11: people who saw it.",
	"incident.witnesses[n].name":       "The witness's full name.",
	"incident.witnesses[n].address":    "The witness's address.",
	"incident.evidence":                "Things that prove what happened, one per item: listed in the presentment letter and the client letter.",

	"ftca":                          "The administrative claim's dates: every claimant's, unless a claimant's own ftca block gives another.",
	"ftca.accrued_on":               "When the claim accrued, if not on the incident date (a lawyer decides). null: incident.date.",
	"ftca.presented_on":             "The day the agency RECEIVED the claim (not the mailing day). null: not yet.",
	"ftca.amended_on":               "The day the agency received an amendment made before its final action (28 C.F.R. § 14.2(c)): the agency then has six months from it.",
	"ftca.denied_on":                "The day the final denial was MAILED.",
	"ftca.reconsideration_filed_on": "The day a request to reconsider the denial was filed (28 C.F.R. § 14.9(b)).",
	"ftca.agency_office":            "Optional: replaces the agency directory's claims office (SF-95 box 1, presentment letter).",
	"ftca.agency_office.name":       "The office's name.",
	"ftca.agency_office.address":    "The office's address, one line per item.",

	"court":             "Where a suit would be filed (for the complaint).",
	"court.district":    "The federal district court, spelled out, such as Northern District of Illinois. A complaint needs it.",
	"court.division":    "The division within the district, if it has divisions.",
	"court.case_number": "Blank on a new complaint; the clerk assigns the number.",

	"complaint":             "What the complaint pleads.",
	"complaint.counts":      "The counts to plead, by their catalogue keys ('redress complaint --list-counts').",
	"complaint.jury_demand": "true: ask for a jury on the claims against the officers. FTCA claims are always tried to the court.",
}
