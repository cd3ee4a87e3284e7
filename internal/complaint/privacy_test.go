package complaint

import (
	"testing"

	"redress/internal/casefile"
	"redress/internal/civil"
)

func TestRedaction(t *testing.T) {
	k := &casefile.Case{Claimants: []casefile.Claimant{
		{Name: "Sofía Reyes", Minor: true, ANumber: "A123-456-789", DateOfBirth: civil.Date{Year: 2012, Month: 5, Day: 3}},
		{Name: "Carmen Reyes", DateOfBirth: civil.Date{Year: 1985, Month: 11, Day: 20}},
	}}
	r := newRedactor(k)
	for in, want := range map[string]string{
		"Sofía Reyes, born May 3, 2012, A123-456-789.": "S.R., born in 2012, [A-number omitted].",
		"SOFÍA REYES and Sofía ran to Carmen Reyes.":   "S.R. and S.R. ran to Carmen Reyes.",
		"Her file A 987 654 321 and A098765432.":       "Her file [A-number omitted] and [A-number omitted].",
		"Dates 2012-05-03, 05/03/2012, 5/3/2012.":      "Dates 2012, 2012, 2012.",
		"Carmen was born November 20, 1985.":           "Carmen was born in 1985.",
		// By substance: the digits of a known A-number however written,
		// an unknown one in the 3-3-3 shape, a name without accents or in
		// another case, a birth date in any written form.
		"Numbers 123 456 789, a.123.456.789, 0123456789 and 204-118-907.": "Numbers [A-number omitted], [A-number omitted], [A-number omitted] and [A-number omitted].",
		"Her A-number is A 123-456-789; call (206) 555-0100.":             "Her A-number is [A-number omitted]; call (206) 555-0100.",
		"SOFIA REYES, sofia reyes and Sofia ran; Sofía's bag.":            "S.R., S.R. and S.R. ran; S.R.'s bag.",
		"Officers may stop; sofía alone in lower case is a word.":         "Officers may stop; sofía alone in lower case is a word.",
		"She was born on May 3, 2012. On May 3rd, 2012, she was born.":    "She was born in 2012. In 2012, she was born.",
		"Born 3 May 2012; DOB 2012/05/03, 5-3-12 or 3rd of May, 2012.":    "Born in 2012; DOB 2012, 2012 or 2012.",
		"Sofíaville and Sofía, Sofía.":                                    "Sofíaville and S.R., S.R..",
	} {
		if got := r.text(in); got != want {
			t.Errorf("redact(%q)\n got %q\nwant %q", in, got, want)
		}
	}
	if got := Initials("Nguyễn Ngọc Mai"); got != "N.N.M." {
		t.Errorf("Initials = %q", got)
	}
	// A family name listed first, shared with the father, stays his.
	k = &casefile.Case{Claimants: []casefile.Claimant{
		{Name: "Nguyễn Văn Ân"}, {Name: "Nguyễn Ngọc Mai", Minor: true},
	}}
	r = newRedactor(k)
	in := "NGUYỄN VĂN ÂN, and NGUYỄN NGỌC MAI; Mr. Nguyễn held Mai."
	want := "NGUYỄN VĂN ÂN, and N.N.M.; Mr. Nguyễn held N.N.M.."
	if got := r.text(in); got != want {
		t.Errorf("redact(%q)\n got %q\nwant %q", in, got, want)
	}
}
