package complaint

import "strings"

// A count pleads that the officers harmed the plaintiffs. The case file
// establishes some facts for each plaintiff and not others: where each
// one lives, whether it states an injury, whether it claims property
// damage. A count that says "the home where Plaintiffs lived" when one
// plaintiff lives elsewhere, or that every plaintiff "suffered physical
// injury" when the case file states none for one, alleges what counsel
// has not been told. These phrases say it of the plaintiffs for whom the
// case file establishes it, and put a [FACTS NEEDED] marker where it
// does not, so the marker stands in the allegation itself (and survives
// --clean).

// who names the persons a count concerns: "Plaintiff" or "Plaintiffs"
// when the count concerns every plaintiff and none sues for a death;
// otherwise each by name, a living plaintiff as "Plaintiff <name>" and a
// death plaintiff as the person who died.
func who(ps []Plaintiff, all int) string {
	wd := false
	for _, p := range ps {
		wd = wd || p.WrongfulDeath
	}
	if !wd && len(ps) == all {
		return plural(all, "Plaintiff", "Plaintiffs")
	}
	return names(ps)
}

// names joins the persons: "Plaintiff A", "Plaintiff A and B", "Plaintiff
// A, Plaintiff B, and C".
func names(ps []Plaintiff) string {
	items := make([]string, len(ps))
	for i, p := range ps {
		items[i] = "Plaintiff " + p.Name
		if p.WrongfulDeath {
			items[i] = p.Decedent
		}
	}
	return joinAnd(items)
}

// plaintiffNames joins plaintiffs as parties ("Plaintiff A", "Plaintiffs
// A and B"), a death plaintiff by the plaintiff's own name: those who
// presented a claim or bring an action.
func plaintiffNames(ps []Plaintiff) string {
	items := make([]string, len(ps))
	for i, p := range ps {
		items[i] = p.Name
	}
	return plural(len(ps), "Plaintiff ", "Plaintiffs ") + joinAnd(items)
}

func joinAnd(items []string) string { return joinList(items, ", ", " and ") }

// joinList joins items with sep, and the last with sep+"and " ("A, B,
// and C"), or with pair when there are two ("A and B").
func joinList(items []string, sep, pair string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + pair + items[1]
	}
	return strings.Join(items[:len(items)-1], sep) + sep + "and " + items[len(items)-1]
}

// harmed is who for the persons of ps whom the case file shows to have
// suffered a harm (has), followed by a marker asking about the others;
// what names the harm for the marker ("physical injury").
func harmed(ps []Plaintiff, all int, has func(Plaintiff) bool, what string) string {
	var yes, no []Plaintiff
	for _, p := range ps {
		if has(p) {
			yes = append(yes, p)
		} else {
			no = append(no, p)
		}
	}
	if len(no) == 0 {
		return who(ps, all)
	}
	var items []string
	for _, p := range yes {
		items = append(items, names([]Plaintiff{p}))
	}
	items = append(items, "[FACTS NEEDED: whether "+names(no)+" suffered "+what+"; the case file states none]")
	return joinAnd(items)
}

// home is the home the officers entered, as an unlawful-entry count names
// it: "the home where Plaintiffs lived at the time" when the case file
// gives every plaintiff of the count one address; otherwise a marker, since
// it does not say who lived in the home that was entered (plaintiffs at
// different addresses, a plaintiff with none, or a person who died, whose
// address it never gives).
func home(ps []Plaintiff, all int) string {
	var none []Plaintiff
	addrs := map[string]bool{}
	for _, p := range ps {
		if p.WrongfulDeath || p.home == "" {
			none = append(none, p)
		} else {
			addrs[p.home] = true
		}
	}
	if len(none) == 0 && len(addrs) == 1 {
		return "the home where " + who(ps, all) + " lived at the time"
	}
	why := "the case file gives " + names(ps) + " different addresses"
	if len(none) > 0 {
		why = "the case file gives no address for " + names(none)
	}
	return "the home where [FACTS NEEDED: who lived in the home the officers entered; " + why + "] lived at the time"
}
