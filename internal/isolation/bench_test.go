package isolation

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"redress/internal/civil"
)

// people returns n fictional foreign people, every one with every kind of
// identifier, the first three the base case's (loose).
func people(n int) []Foreign {
	firsts := []string{"María", "José", "Ana", "Luis", "Sofía", "Carlos", "Lucía", "Miguel", "Elena", "Jorge",
		"Văn", "Thị", "Zoë", "Amir", "Fatima", "Oksana", "Kwame", "Aiyana", "Mateo", "Ngọc"}
	lasts := []string{"Torres", "Nguyễn", "García", "O'Brien", "Reyes", "Hernández", "Trần", "Kowalski",
		"Haddad", "Mensah", "Okafor", "Castillo", "Lê", "Phạm", "Morales", "Vargas", "Ruiz", "Santos",
		"Delgado", "Ibarra", "Quispe", "Mamani", "Flores", "Rojas", "Acosta"}
	out := make([]Foreign, n)
	for i := range out {
		name := fmt.Sprintf("%s %s %s", firsts[i%len(firsts)], firsts[(i/len(firsts))%len(firsts)], lasts[(i/7)%len(lasts)])
		out[i] = Foreign{Who: fmt.Sprintf("the client of roster.csv:%d", i+2), Loose: i < 3, Person: Person{
			Name:    name,
			Email:   fmt.Sprintf("client%d@example.org", i),
			Phone:   fmt.Sprintf("(%03d) 555-%04d", 200+i%800, i%10000),
			Street:  fmt.Sprintf("%d W. Elm St., Apt. %d", 100+i, i%9),
			ANumber: fmt.Sprintf("A%09d", 100000000+i*7919),
			Born:    civil.Date{Year: 1950 + i%60, Month: time.Month(1 + i%12), Day: 1 + i%28},
			Minor:   i%50 == 0,
		}}
	}
	return out
}

// letterText is about size bytes of a letter to own: its name, address,
// dates, the firm's numbers, and the story of the case.
func letterText(own Person, size int) string {
	para := fmt.Sprintf(`Dear %[1]s:

This letter explains your rights after the events of March 14, 2025, when two officers stopped you
outside your home at %[2]s, Chicago, Illinois 60622. You told us that the officers did not show a warrant
and that one of them pushed you to the ground. Smith & <Sons> Legal Aid represents you, %[1]s, in a claim
under the Federal Tort Claims Act. The claim must be presented within two years, that is by March 14, 2027.
Call us at (312) 555-0142 or write to intake@smith-sons.example.org; your A-number, %[3]s, and your phone,
%[4]s, are on file. Ms. Ramírez will sign the SF-95 for you on December 1, 2026.
`, own.Name, own.Street, own.ANumber, own.Phone)
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(para)
	}
	return b.String()
}

func benchFind(b *testing.B, n int) {
	foreign := people(n)
	g := NewGuard(foreign, []Person{firm, attorney})
	own := []Person{foreign[n/2].Person}
	text := letterText(own[0], 30_000)
	s := g.Scope(own)
	if hits := s.Find(text); len(hits) != 0 {
		b.Fatalf("the letter has %d foreign identifiers, first %+v", len(hits), hits[0])
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Find(text)
	}
}

// BenchmarkFind checks a 30 KB letter that names only its own client
// against 5,000 and 10,000 foreign people.
func BenchmarkFind(b *testing.B) {
	for _, n := range []int{5_000, 10_000} {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) { benchFind(b, n) })
	}
}

// BenchmarkFindLeak checks a letter that also tells the base case's
// claimant's story: many hits.
func BenchmarkFindLeak(b *testing.B) {
	foreign := people(5_000)
	g := NewGuard(foreign, []Person{firm, attorney})
	own := []Person{foreign[2500].Person}
	text := letterText(own[0], 25_000) + strings.Repeat(
		"Ms. Torres was handcuffed; "+foreign[0].Name+" was born "+foreign[0].Born.English()+". ", 100)
	s := g.Scope(own)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Find(text)
	}
}

// BenchmarkFindWithOwn includes building the Scope, as Guard.Find does.
func BenchmarkFindWithOwn(b *testing.B) {
	foreign := people(5_000)
	g := NewGuard(foreign, []Person{firm, attorney})
	own := []Person{foreign[2500].Person}
	text := letterText(own[0], 30_000)
	b.ReportAllocs()
	for b.Loop() {
		g.Find(text, own)
	}
}

func BenchmarkNewGuard(b *testing.B) {
	foreign := people(10_000)
	b.ReportAllocs()
	for b.Loop() {
		NewGuard(foreign, []Person{firm, attorney})
	}
}
