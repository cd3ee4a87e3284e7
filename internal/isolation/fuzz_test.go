package isolation

import (
	"slices"
	"strings"
	"testing"
)

// FuzzFind checks that Find never panics, that every hit is the text at
// its offset, and that the same text gives the same hits in order of
// place, whatever the text (invalid UTF-8, lone marks, endless digits).
// The second argument picks the record's own people.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"",
		"Dear María Elena Torres: Ms. Torres, TORRES, MARÍA; Maria E. Torres",
		"Smith & <Sons>, Zoë O'Brien, ZOË O’BRIEN, zoe@example.org",
		"NGUYEN VAN AN, Ms. Nguyễn, N.N.M., N. N. M., A.N.N.M.",
		"(773) 555-0199 / +1 773 555 0199 / 47735550199123 / A 204 118 907 / A012-345-678",
		"born April 12, 1988; 12 de abril de 1988; 1988-04-12; 4/12/1988; April 12th, 1988",
		"1420 W. Elm St., 1420 West Elm Street Apt 3",
		"\xff\xfe@\xc3 A-\u0301\u0301 5 5 5 . 0 1 9 9 @@ .@. 9999999999999999999999999999",
		strings.Repeat("N.", 20) + strings.Repeat("1 ", 40),
	} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(1))
	}
	g := testGuard()
	owns := [][]Person{nil, {rowAn.Person}, {rowCarlos.Person, baseTorres.Person}, {rowZoe.Person}}
	f.Fuzz(func(t *testing.T, text string, pick uint8) {
		own := owns[int(pick)%len(owns)]
		hits := g.Find(text, own)
		for _, h := range hits {
			if h.Offset < 0 || h.Offset+len(h.Match) > len(text) || text[h.Offset:h.Offset+len(h.Match)] != h.Match {
				t.Fatalf("hit %+v is not the text at its offset", h)
			}
			if h.Match == "" || h.Kind == "" || h.Who == "" {
				t.Fatalf("hit %+v is incomplete", h)
			}
		}
		if !slices.IsSortedFunc(hits, func(a, b Hit) int { return a.Offset - b.Offset }) {
			t.Fatalf("hits are not in order of place: %+v", hits)
		}
		if again := g.Find(text, own); !slices.Equal(again, hits) {
			t.Fatalf("Find gave %+v, then %+v", hits, again)
		}
	})
}
