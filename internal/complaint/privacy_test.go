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
		"Sofía Reyes, born May 3, 2012, A123-456-789.": "S.R., born 2012, [A-number omitted].",
		"SOFÍA REYES and Sofía ran to Carmen Reyes.":   "S.R. and S.R. ran to Carmen Reyes.",
		"Her file A 987 654 321 and A098765432.":       "Her file [A-number omitted] and [A-number omitted].",
		"Dates 2012-05-03, 05/03/2012, 5/3/2012.":      "Dates 2012, 2012, 2012.",
		"Carmen was born November 20, 1985.":           "Carmen was born 1985.",
		"Sofíaville and Sofía, Sofía.":                 "Sofíaville and S.R., S.R..",
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
