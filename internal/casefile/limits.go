package casefile

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// How much text a case may hold. Every value ends up in a document with
// finite room, and the writers' cost grows with the text (a 1,000,000
// character name took 'letter' 227 s and 4.9 GB, fitting itself into
// SF-95 box 2 size after size). So each text key is bounded by what its
// place in the documents can hold, each list by how many entries a
// document can use, and the whole case by a total, all far above any real
// case: a limit stops a pasted file, a wrong column or a hostile input,
// never a client's story. docs/casefile.md ("General rules") lists the
// same table for users. Lengths count characters (Unicode code points
// after NFC normalisation, as the documents print them), not bytes.
//
// Room on the SF-95, measured with the form's own fitting (sf95.fit) on
// ordinary English text at the smallest size, 7 pt: box 2 (claimant and
// representative, names and addresses) about 560 characters, box 5
// about 60, box 8 (basis of claim) about 2,000, box 9 about 600, box 10
// about 1,200, box 11 about 430 (names) and 760 (addresses), box 13b
// about 120. What does not fit continues on attached sheets of about
// 4,500 characters a page. A complaint page on pleading paper (28 lines)
// holds about 2,200 characters.

// textKind is a kind of text a case holds: what to call it in a message,
// the most characters one value of it may have, and, for long text, what
// to do instead of writing more.
type textKind struct {
	what string
	max  int
	fix  string
}

var (
	// idText names the output folder; every file system takes 64.
	idText = textKind{"an id", 64, ""}
	// nameText is a person's or an organisation's name. 200 is longer
	// than any name, and a third of box 2, which also holds the address
	// and a representative.
	nameText = textKind{"a name", 200, ""}
	// lineText is one line of a postal address (a street, a city, a line
	// of the claims office's address): as long as a name.
	lineText = textKind{"an address line", 200, ""}
	// addressText is a whole address in one value (an insurer's, SF-95
	// items 15 and 19): a few lines.
	addressText = textKind{"an address", 500, ""}
	// phoneText is a phone number with an extension; box 13b holds
	// about 120 characters.
	phoneText = textKind{"a phone number", 50, ""}
	// emailText is an e-mail address: RFC 5321 bounds a deliverable
	// address at 254 characters.
	emailText = textKind{"an e-mail address", 254, ""}
	// codeText is a number or a code (a bar number, an A-number, a
	// policy or case number, a marital status, a language, a state, an
	// agency or count key); box 5 holds about 60 characters.
	codeText = textKind{"a number or code", 50, ""}
	// titleText is a short description: an officer's title, a
	// representative's capacity ("administrator of the estate of ...",
	// which may name the decedent), the place of the incident, an item
	// of evidence.
	titleText = textKind{"a short description", 500, ""}
	// paragraphText is one paragraph: an officer's description, the
	// property's (box 9), the insurer's action (item 18).
	paragraphText = textKind{"a paragraph", 2000, "; keep the essentials and put the rest in incident.facts"}
	// The story: the summary (which opens box 8 and the letter's
	// account), the injury (box 10) and each fact (one numbered
	// paragraph of the complaint). 5,000 characters is about a page of
	// an attached sheet and two pages of the complaint.
	summaryText = textKind{"the summary", 5000, "; keep it to what happened in short and put the details in incident.facts"}
	injuryText  = textKind{"an injury", 5000, ""}
	factText    = textKind{"a fact", 5000, "; split it into several facts, each one numbered paragraph of the complaint"}
	// pathText is a file's path (firm.letterhead, firm.logo): PATH_MAX on
	// Linux.
	pathText = textKind{"a file path", 4096, ""}
)

// textLimits is the kind of every text key of the schema, by key path with
// list indexes written [n]. A text key added to Case needs a line here
// (TestEveryTextKeyHasALimit).
var textLimits = map[string]textKind{
	"matter.id":                                  idText,
	"firm.name":                                  nameText,
	"firm.address.street":                        lineText,
	"firm.address.city":                          lineText,
	"firm.address.state":                         lineText,
	"firm.address.zip":                           codeText,
	"firm.phone":                                 phoneText,
	"firm.email":                                 emailText,
	"firm.attorneys[n].name":                     nameText,
	"firm.attorneys[n].bar":                      codeText,
	"firm.attorneys[n].email":                    emailText,
	"firm.attorneys[n].phone":                    phoneText,
	"firm.letterhead":                            pathText,
	"firm.logo":                                  pathText,
	"claimants[n].name":                          nameText,
	"claimants[n].address.street":                lineText,
	"claimants[n].address.city":                  lineText,
	"claimants[n].address.state":                 lineText,
	"claimants[n].address.zip":                   codeText,
	"claimants[n].phone":                         phoneText,
	"claimants[n].email":                         emailText,
	"claimants[n].marital_status":                codeText,
	"claimants[n].employment":                    codeText,
	"claimants[n].language":                      codeText,
	"claimants[n].a_number":                      codeText,
	"claimants[n].representative.name":           nameText,
	"claimants[n].representative.capacity":       titleText,
	"claimants[n].representative.address.street": lineText,
	"claimants[n].representative.address.city":   lineText,
	"claimants[n].representative.address.state":  lineText,
	"claimants[n].representative.address.zip":    codeText,
	"claimants[n].decedent.name":                 nameText,
	"claimants[n].injury":                        injuryText,
	"claimants[n].insurance.accident.carrier":    nameText,
	"claimants[n].insurance.accident.address":    addressText,
	"claimants[n].insurance.accident.policy":     codeText,
	"claimants[n].insurance.insurer_action":      paragraphText,
	"claimants[n].insurance.liability.carrier":   nameText,
	"claimants[n].insurance.liability.address":   addressText,
	"incident.place":                             titleText,
	"incident.state":                             codeText,
	"incident.agency":                            codeText,
	"incident.component":                         nameText,
	"incident.officers[n].name":                  nameText,
	"incident.officers[n].title":                 titleText,
	"incident.officers[n].description":           paragraphText,
	"incident.summary":                           summaryText,
	"incident.facts[n]":                          factText,
	"incident.property.owner":                    nameText,
	"incident.property.description":              paragraphText,
	"incident.witnesses[n].name":                 nameText,
	"incident.witnesses[n].address.street":       lineText,
	"incident.witnesses[n].address.city":         lineText,
	"incident.witnesses[n].address.state":        lineText,
	"incident.witnesses[n].address.zip":          codeText,
	"incident.evidence[n]":                       titleText,
	"ftca.agency_office.name":                    nameText,
	"ftca.agency_office.address[n]":              lineText,
	"court.district":                             nameText,
	"court.division":                             nameText,
	"court.case_number":                          codeText,
	"complaint.counts[n]":                        codeText,
}

// listKind bounds the entries of a list: what they are and how many a
// document can use.
type listKind struct {
	what string
	max  int
	fix  string
}

// listLimits bounds every list of the schema, by key path.
var listLimits = map[string]listKind{
	// Each claimant has a letter and an SF-95 that repeats the whole
	// story; many clients of one event are a roster's rows ('redress
	// batch'), each a matter of its own.
	"claimants": {"claimants", 20, "; for more clients, use a roster (redress batch)"},
	// The signature block and the complaint's counsel list.
	"firm.attorneys": {"attorneys", 20, ""},
	// Named in box 8 and the complaint's caption (John Doe 1, 2, ...).
	"incident.officers": {"officers", 50, ""},
	// Box 11 and its attached sheet.
	"incident.witnesses": {"witnesses", 50, ""},
	// One numbered paragraph each; a long complaint has a few hundred.
	"incident.facts": {"facts", 500, ""},
	// Listed in the presentment letter and the client's letter.
	"incident.evidence": {"items of evidence", 100, ""},
	// An address has at most a handful of lines.
	"ftca.agency_office.address": {"address lines", 10, ""},
	// The count catalogue has a few dozen counts at most.
	"complaint.counts": {"counts", 50, ""},
}

// maxCaseText bounds the text of a whole case: about 70 pages of the
// complaint's facts, and ten times the sample cases' text together.
const maxCaseText = 150_000

// maxRepeatedText bounds the story (incident.summary and incident.facts)
// times the number of claimants: each claimant's SF-95 carries the whole
// story in box 8 and its attached sheets, so 'sf95' lays it out once per
// claimant (20 claimants with 140,000 characters of facts took 5.6 s of
// processor time). 500,000 is 20 claimants with 25,000 characters of
// story each (about 11 pages of the complaint's facts), or 3 with the
// most a case may have.
const maxRepeatedText = 500_000

// textLength is the length of text as the documents count it: characters
// after NFC normalisation with CRLF line ends made LF (cleanText). The
// normalised form is made only for text long enough to matter.
func textLength(s string, limit int) int {
	n := utf8.RuneCountInString(s)
	if n > limit {
		n = utf8.RuneCountInString(norm.NFC.String(strings.ReplaceAll(s, "\r\n", "\n")))
	}
	return n
}

// checkLength reports a value longer than its key allows; "" when it fits
// (or the key has no limit, which TestEveryTextKeyHasALimit rules out).
func checkLength(path, s string) (msg string, n int) {
	k, ok := textLimits[genericPath(path)]
	if !ok {
		return "", utf8.RuneCountInString(s)
	}
	n = textLength(s, k.max)
	if n <= k.max {
		return "", n
	}
	return fmt.Sprintf("is %s characters long; %s may have at most %s%s", thousands(n), k.what, thousands(k.max), k.fix), n
}

// checkList reports a list with more entries than its key allows.
func checkList(path string, n int) string {
	k, ok := listLimits[genericPath(path)]
	if !ok || n <= k.max {
		return ""
	}
	return fmt.Sprintf("has %s entries; a case may have at most %s %s%s", thousands(n), thousands(k.max), k.what, k.fix)
}

// textTotal adds up the text a decoder set, by key path with list indexes
// written [n], for the total's message.
type textTotal struct {
	n     int
	byKey map[string]int
}

func (t *textTotal) add(path string, n int) {
	if t.byKey == nil {
		t.byKey = map[string]int{}
	}
	t.n += n
	t.byKey[genericPath(path)] += n
}

// story is the length of the text every claimant's SF-95 repeats.
func (t *textTotal) story() int {
	return t.byKey["incident.summary"] + t.byKey["incident.facts[n]"]
}

// check reports a total over maxCaseText, naming the keys that hold most
// of it, or a story that the claimants' SF-95s would repeat more than
// maxRepeatedText characters.
func (t *textTotal) check(claimants int) string {
	if t.n <= maxCaseText {
		if story := t.story(); story*claimants > maxRepeatedText {
			return fmt.Sprintf("the story (incident.summary and incident.facts, %s characters) is repeated on each of the %d claimants' SF-95s, %s characters in all; a case may have at most %s: shorten the facts, or give some claimants a case file of their own (each SF-95 is a claim of its own)",
				thousands(story), claimants, thousands(story*claimants), thousands(maxRepeatedText))
		}
		return ""
	}
	keys := make([]string, 0, len(t.byKey))
	for k := range t.byKey {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(t.byKey[b], t.byKey[a]), strings.Compare(a, b))
	})
	var most []string
	for _, k := range keys[:min(3, len(keys))] {
		most = append(most, fmt.Sprintf("%s %s", k, thousands(t.byKey[k])))
	}
	return fmt.Sprintf("the case's text comes to %s characters; a case may have at most %s (most of it: %s); shorten the longest texts",
		thousands(t.n), thousands(maxCaseText), strings.Join(most, ", "))
}
