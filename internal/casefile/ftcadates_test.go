package casefile

import (
	"strings"
	"testing"
)

// ftcaCase is a valid case whose FTCA part (from "ftca:" on, and an
// optional block for each claimant) the test supplies; the line numbers
// in the tests count from the first line of this text.
func ftcaCase(asOf, ftca, claimant0, claimant1 string) string {
	return `schema: 1
matter:
  id: M-1
  as_of: ` + asOf + `
firm:
  name: Clinic
claimants:
  - name: Ana Pérez
    address: {street: 1 Main St., city: Chicago, state: IL, zip: "60601"}
` + claimant0 + `  - name: Zoë O'Brien
    address: {street: 2 Main St., city: Chicago, state: IL, zip: "60601"}
` + claimant1 + `incident:
  date: 2025-03-14
  place: Chicago
  state: IL
  agency: ICE
` + ftca
}

func TestFTCADateChecks(t *testing.T) {
	type want struct {
		path string
		line int
		msg  []string
	}
	for _, tc := range []struct {
		name               string
		asOf, ftca, c0, c1 string
		want               []want
	}{
		{name: "good: per-claimant receipts share the case's denial", asOf: "2026-01-10",
			ftca: "ftca:\n  denied_on: 2025-12-01\n",
			c0:   "    ftca: {presented_on: 2025-06-01}\n",
			c1:   "    ftca: {presented_on: 2025-06-03, amended_on: 2025-07-01}\n"},
		{name: "good: an amendment the day of the denial", asOf: "2026-01-10",
			ftca: "ftca:\n  presented_on: 2025-06-01\n  amended_on: 2025-12-01\n  denied_on: 2025-12-01\n"},
		{name: "denial without presentment", asOf: "2026-01-10",
			ftca: "ftca:\n  denied_on: 2025-12-01\n",
			// Reported once, at the case's key, though both claimants
			// take the case's dates.
			want: []want{{"ftca.denied_on", 18, []string{"the mailing of the denial is dated 2025-12-01", "no date says when the agency received the claim", "give ftca.presented_on (or,"}}}},
		{name: "own denial without any presentment", asOf: "2026-01-10",
			c1:   "    ftca: {denied_on: 2025-12-01}\n",
			want: []want{{"claimants[1].ftca.denied_on", 12, []string{"give claimants[1].ftca.presented_on (or ftca.presented_on, if every"}}}},
		{name: "amendment without presentment", asOf: "2026-01-10",
			ftca: "ftca:\n  amended_on: 2025-12-01\n",
			c1:   "    ftca: {presented_on: 2025-06-03}\n",
			want: []want{{"ftca.amended_on", 19, []string{"the amendment of the claim is dated 2025-12-01", "give ftca.presented_on"}}}},
		{name: "dates after matter.as_of", asOf: "2025-11-30",
			ftca: "ftca:\n  presented_on: 2025-06-01\n  amended_on: 2025-12-01\n  denied_on: 2025-12-05\n  reconsideration_filed_on: 2026-01-05\n",
			want: []want{
				{"ftca.amended_on", 19, []string{"the amendment of the claim (2025-12-01) cannot come after matter.as_of (2025-11-30)"}},
				{"ftca.denied_on", 20, []string{"the mailing of the denial (2025-12-05) cannot come after matter.as_of"}},
				{"ftca.reconsideration_filed_on", 21, []string{"the request to reconsider (2026-01-05) cannot come after matter.as_of"}},
			}},
		{name: "no as_of: no check against it", asOf: "null",
			ftca: "ftca:\n  presented_on: 2030-06-01\n"},
		{name: "dates before the incident", asOf: "2026-01-10",
			ftca: "ftca:\n  presented_on: 2025-03-13\n  amended_on: 2025-01-01\n",
			want: []want{
				{"ftca.presented_on", 18, []string{"the agency's receipt of the claim (2025-03-13) cannot come before the incident (incident.date, 2025-03-14)"}},
				{"ftca.amended_on", 19, []string{"(2025-01-01) cannot come before the incident"}},
				{"ftca.amended_on", 19, []string{"the amendment of the claim (ftca.amended_on, 2025-01-01) comes before the agency's receipt of the claim (ftca.presented_on, 2025-03-13)", "already presented"}},
			}},
		{name: "amendment after the denial", asOf: "2026-01-10",
			ftca: "ftca:\n  presented_on: 2025-06-01\n  amended_on: 2025-12-02\n  denied_on: 2025-12-01\n",
			want: []want{{"ftca.amended_on", 19, []string{"the mailing of the denial (ftca.denied_on, 2025-12-01) comes before the amendment of the claim (ftca.amended_on, 2025-12-02)", "28 C.F.R. § 14.2(c)"}}}},
		{name: "per claimant: after as_of, before the case's receipt, reconsideration without denial", asOf: "2026-01-10",
			ftca: "ftca:\n  presented_on: 2025-06-01\n",
			c0:   "    ftca:\n      denied_on: 2025-05-01\n",
			c1:   "    ftca:\n      presented_on: 2026-02-01\n      reconsideration_filed_on: 2025-12-01\n",
			want: []want{
				{"claimants[0].ftca.denied_on", 11, []string{"the mailing of the denial (claimants[0].ftca.denied_on, 2025-05-01) comes before the agency's receipt of the claim (ftca.presented_on, 2025-06-01)"}},
				{"claimants[1].ftca.presented_on", 15, []string{"(2026-02-01) cannot come after matter.as_of (2026-01-10)"}},
				{"claimants[1].ftca.reconsideration_filed_on", 16, []string{"no denial date applies to this claimant", "claimants[1].ftca.denied_on (or ftca.denied_on)"}},
			}},
		{name: "per claimant: a case-level contradiction is the case's, reported once", asOf: "2026-01-10",
			ftca: "ftca:\n  presented_on: 2025-06-01\n  amended_on: 2025-05-01\n",
			c0:   "    ftca: {denied_on: 2025-12-01}\n",
			want: []want{{"ftca.amended_on", 20, []string{"comes before the agency's receipt"}}}},
		{name: "per claimant: own amendment after the case's denial", asOf: "2026-01-10",
			ftca: "ftca:\n  presented_on: 2025-06-01\n  denied_on: 2025-12-01\n",
			c1:   "    ftca: {amended_on: 2025-12-15}\n",
			want: []want{{"claimants[1].ftca.amended_on", 12, []string{"the mailing of the denial (ftca.denied_on, 2025-12-01) comes before the amendment of the claim (claimants[1].ftca.amended_on, 2025-12-15)"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadBytes("case.yaml", []byte(ftcaCase(tc.asOf, tc.ftca, tc.c0, tc.c1)), "yaml", Options{})
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatalf("unexpected problems:\n%v", err)
				}
				return
			}
			ps := problemsOf(t, err)
			if len(ps) != len(tc.want) {
				t.Fatalf("got %d problems, want %d:\n%v", len(ps), len(tc.want), err)
			}
			for i, w := range tc.want {
				p := ps[i]
				ok := p.Path == w.path && p.Pos.Line == w.line
				for _, m := range w.msg {
					ok = ok && strings.Contains(p.Msg, m)
				}
				if !ok {
					t.Errorf("problem %d:\n got  %v\n want %s at line %d with %q", i, p, w.path, w.line, w.msg)
				}
			}
		})
	}
}

func TestFTCADatesOf(t *testing.T) {
	src, err := LoadBytes("case.yaml", []byte(ftcaCase("2026-01-10",
		"ftca:\n  presented_on: 2025-06-01\n  denied_on: 2025-12-01\n", "",
		"    ftca: {presented_on: 2025-06-03, amended_on: 2025-07-01}\n")), "yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	k := src.Case
	for _, tc := range []struct {
		i    int
		want string // presented amended denied reconsideration
	}{
		{0, "2025-06-01  2025-12-01 "},
		{1, "2025-06-03 2025-07-01 2025-12-01 "},
		{-1, "2025-06-01  2025-12-01 "},
		{5, "2025-06-01  2025-12-01 "},
	} {
		f := k.FTCADatesOf(tc.i)
		got := strings.Join([]string{f.PresentedOn.String(), f.AmendedOn.String(), f.DeniedOn.String(), f.ReconsiderationFiledOn.String()}, " ")
		if got != tc.want {
			t.Errorf("claimant %d: %q, want %q", tc.i, got, tc.want)
		}
	}
}
