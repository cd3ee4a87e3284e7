package isolation

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"redress/internal/civil"
)

// The people of the tests (all fictional, example.org addresses).
var (
	baseTorres = Foreign{Who: "a claimant of the base case base.yaml", Loose: true, Person: Person{
		Name: "María Elena Torres", Email: "met@example.org", Phone: "(773) 555-0199",
		Street: "1420 W. Elm St., Apt. 3", ANumber: "A123-456-789",
		Born: civil.Date{Year: 1988, Month: 4, Day: 12}}}
	baseMai = Foreign{Who: "a claimant of the base case base.yaml", Loose: true, Person: Person{
		Name: "Nguyễn Ngọc Mai", Minor: true, Born: civil.Date{Year: 2015, Month: 6, Day: 3}}}
	baseSmith = Foreign{Who: "a claimant of the base case base.yaml", Loose: true, Person: Person{
		Name: "Jordan Smith"}}
	rowAn = Foreign{Who: "the client of roster.csv:3", Person: Person{
		Name: "Nguyễn Văn Ân", Email: "an.nguyen@example.org", Phone: "+1 (312) 555-0177",
		Street: "77 North Lake Shore Drive", ANumber: "A 204 118 907"}}
	rowZoe = Foreign{Who: "the client of roster.csv:4", Person: Person{
		Name: "Zoë O'Brien", Email: "zoe@example.org", ANumber: "A12345678",
		Born: civil.Date{Year: 1990, Month: 1, Day: 2}}}
	rowCarlos = Foreign{Who: "the client of roster.csv:5", Person: Person{
		Name: "Carlos Torres", Phone: "(312) 555-0142", Born: civil.Date{Year: 1990, Month: 1, Day: 2}}}

	firm = Person{Name: "Smith & <Sons> Legal Aid", Phone: "(312) 555-0142",
		Email: "intake@smith-sons.example.org", Street: "410 N. Main St., Suite 200"}
	attorney = Person{Name: "Ana Ramírez", Email: "aramirez@smith-sons.example.org"}
)

func testGuard() *Guard {
	return NewGuard([]Foreign{baseTorres, baseMai, baseSmith, rowAn, rowZoe, rowCarlos}, []Person{firm, attorney})
}

// brief writes a hit as "kind/rule: match @offset", with the person's
// name when it is not María Elena Torres, whom most cases are about.
func brief(h Hit) string {
	s := h.Kind
	if h.Rule != "" {
		s += "/" + h.Rule
	}
	s += fmt.Sprintf(": %s @%d", h.Match, h.Offset)
	if h.Person != baseTorres.Name {
		s += " (" + h.Person + ")"
	}
	if h.Others > 0 {
		s += fmt.Sprintf(" +%d", h.Others)
	}
	return s
}

// same reports the difference between the hits found and expected.
func same(t *testing.T, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func briefs(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, brief(h))
	}
	return out
}

func TestFind(t *testing.T) {
	g := testGuard()
	an, carlos := []Person{rowAn.Person}, []Person{rowCarlos.Person}
	cases := []struct {
		name string
		text string
		own  []Person
		want []string
	}{
		// Names, strong.
		{"full name", "Dear María Elena Torres:", nil, []string{"name: María Elena Torres @5"}},
		{"full name without accents, upper case", "MARIA ELENA TORRES", nil, []string{"name: MARIA ELENA TORRES @0"}},
		{"full name across a line break", "Maria  Elena\nTorres", nil, []string{"name: Maria  Elena\nTorres @0"}},
		{"first and last", "Maria Torres signed", nil, []string{"name/first and last name: Maria Torres @0"}},
		{"last, first", "TORRES, MARÍA ELENA", nil, []string{"name/last name, first name: TORRES, MARÍA @0", "name/surname alone: ELENA @15"}},
		{"two names of one sentence", "He spoke to Maria. Torres then left; Elena", nil, []string{"name/surname alone: Torres @19", "name/surname alone: Elena @37"}},
		{"a name in an e-mail address", "zoe@example.org, o'brien@example.org", nil, []string{"e-mail: zoe@example.org @0 (Zoë O'Brien)"}},
		{"middle initials", "Maria E. Torres, Maria E. L. Torres, Maria E. L. M. Torres", nil, []string{
			"name/first and last name: Maria E. Torres @0", "name/first and last name: Maria E. L. Torres @17", "name/surname alone: Torres @52"}},
		{"initials in the name", "J. R. Smith", nil, nil},
		{"title and full name are one mention", "Ms. María Elena Torres", nil, []string{"name: Ms. María Elena Torres @0"}},
		{"vietnamese name, upper case without accents", "NGUYEN VAN AN", nil, []string{"name: NGUYEN VAN AN @0 (Nguyễn Văn Ân)"}},
		{"vietnamese name in western order", "An Nguyen", nil, []string{"name/last name, first name: An Nguyen @0 (Nguyễn Văn Ân)"}},
		{"a longer word is another word", "Nguyen Van Anh", nil, nil},
		{"apostrophe", "Zoë O'Brien", nil, []string{"name: Zoë O'Brien @0 (Zoë O'Brien)"}},
		{"curly apostrophe, upper case", "ZOË O’BRIEN", nil, []string{"name: ZOË O’BRIEN @0 (Zoë O'Brien)"}},
		{"apostrophe left out is another word", "Zoe OBrien", nil, nil},
		{"firm name is shared, client name is not", "Smith & <Sons> Legal Aid, for Jordan Smith", nil,
			[]string{"name: Jordan Smith @30 (Jordan Smith)"}},

		// Names, loose (base claimants only).
		{"title and surname", "Ms. Torres was stopped", nil, []string{"name/title and name: Ms. Torres @0"}},
		{"spanish title", "la Sra. Torres", nil, []string{"name/title and name: Sra. Torres @3"}},
		{"role and surname", "Plaintiff Torres", nil, []string{"name/title and name: Plaintiff Torres @0"}},
		{"title and first name", "Ms. María", nil, []string{"name/title and name: Ms. María @0"}},
		{"surname alone", "Torres was handcuffed.", nil, []string{"name/surname alone: Torres @0"}},
		{"middle name alone", "Elena", nil, []string{"name/surname alone: Elena @0"}},
		{"a surname is capitalised", "torres", nil, nil},
		{"first name alone is not a surname", "María called.", nil, nil},
		{"word boundaries", "The Torreson family and Torresville", nil, nil},
		{"title and vietnamese surname", "Ms. Nguyễn", nil, []string{"name/title and name: Ms. Nguyễn @0 (Nguyễn Ngọc Mai)"}},
		{"title without accents", "MS. NGUYEN", nil, []string{"name/title and name: MS. NGUYEN @0 (Nguyễn Ngọc Mai)"}},
		{"a title before a particle or a short word", "Mr. de", nil, nil},
		{"minor's initials", "N.N.M. was 9", nil, []string{"name/initials: N.N.M. @0 (Nguyễn Ngọc Mai)"}},
		{"minor's initials, spaced", "and N. N. M., a minor", nil, []string{"name/initials: N. N. M. @4 (Nguyễn Ngọc Mai)"}},
		{"initials are a whole run", "A.N.N.M. and N.N.M.X.", nil, nil},
		{"initials need their dots", "NNM and N N M", nil, nil},
		{"a surname shared by a shared person", "Smith & <Sons>", nil, nil},

		// E-mail.
		{"e-mail, case", "write to MET@Example.ORG.", nil, []string{"e-mail: MET@Example.ORG @9"}},
		{"e-mail in brackets", "<met@example.org>", nil, []string{"e-mail: met@example.org @1"}},
		{"e-mail in a mailto", "mailto:met@example.org", nil, []string{"e-mail: met@example.org @7"}},
		{"e-mail is compared whole", "xmet@example.org met@example.org.uk met@example.orgs", nil, nil},

		// Phone.
		{"phone", "(773) 555-0199", nil, []string{"phone: (773) 555-0199 @0"}},
		{"phone with dots", "773.555.0199", nil, []string{"phone: 773.555.0199 @0"}},
		{"phone with country code", "+1 773 555 0199", nil, []string{"phone: 773 555 0199 @3"}},
		{"phone with country code and dashes", "1-773-555-0199.", nil, []string{"phone: 773-555-0199 @2"}},
		{"phone digits", "tel: 7735550199", nil, []string{"phone: 7735550199 @5"}},
		{"phone after a zip code", "Chicago, IL 60622 (773) 555-0199", nil, []string{"phone: (773) 555-0199 @18"}},
		{"phone followed by another number", "773-555-0199 / 312-555-0100", nil, []string{"phone: 773-555-0199 @0"}},
		{"phone inside a longer number", "claim 47735550199123 and 77355501990", nil, nil},
		{"phone after a letter", "x7735550199", nil, nil},
		{"phone stored with country code", "(312) 555-0177", nil, []string{"phone: (312) 555-0177 @0 (Nguyễn Văn Ân)"}},

		// A-number.
		{"A-number spaced", "A 204 118 907", nil, []string{"A-number: A 204 118 907 @0 (Nguyễn Văn Ân)"}},
		{"A-number with dashes, no A", "no. 204-118-907.", nil, []string{"A-number: 204-118-907 @4 (Nguyễn Văn Ân)"}},
		{"A-number written together", "A204118907", nil, []string{"A-number: A204118907 @0 (Nguyễn Văn Ân)"}},
		{"A-number, another spelling", "A-123456789", nil, []string{"A-number: A-123456789 @0"}},
		{"eight-digit A-number padded", "A012-345-678", nil, []string{"A-number: A012-345-678 @0 (Zoë O'Brien)"}},
		{"nine-digit A-number unpadded", "A 12 345 678", nil, []string{"A-number: A 12 345 678 @0 (Zoë O'Brien)"}},
		{"A-number inside a longer number", "A 204 118 9070 and 1204118907", nil, nil},

		// Date of birth.
		{"date of birth", "born April 12, 1988", nil, []string{"date of birth: April 12, 1988 @5"}},
		{"date of birth abbreviated", "born Apr. 12, 1988", nil, []string{"date of birth: Apr. 12, 1988 @5"}},
		{"date of birth, ordinal", "April 12th, 1988", nil, []string{"date of birth: April 12th, 1988 @0"}},
		{"date of birth, day first", "12 April 1988", nil, []string{"date of birth: 12 April 1988 @0"}},
		{"date of birth in spanish", "nació el 12 de abril de 1988", nil, []string{"date of birth: 12 de abril de 1988 @10"}},
		{"date of birth ISO", "1988-04-12", nil, []string{"date of birth: 1988-04-12 @0"}},
		{"date of birth U.S.", "04/12/1988", nil, []string{"date of birth: 04/12/1988 @0"}},
		{"date of birth U.S. short", "DOB 4/12/1988", nil, []string{"date of birth: 4/12/1988 @4"}},
		{"a minor's birth date", "June 3, 2015", nil, []string{"date of birth: June 3, 2015 @0 (Nguyễn Ngọc Mai)"}},
		{"other dates", "12/04/1988, April 12, 1989, 4 12 1988, April 13, 1988, 112/4/1988", nil, nil},

		// Street address.
		{"street", "at 1420 W. Elm St., Chicago", nil, []string{"street address: 1420 W. Elm St @3"}},
		{"street spelled out", "1420 West Elm Street", nil, []string{"street address: 1420 West Elm Street @0"}},
		{"street upper case with unit", "1420 W ELM ST APT 3", nil, []string{"street address: 1420 W ELM ST @0"}},
		{"street, drive", "77 N. Lake Shore Dr.", nil, []string{"street address: 77 N. Lake Shore Dr @0 (Nguyễn Văn Ân)"}},
		{"street: another number or no suffix", "11420 W. Elm St.; 1420 W. Elm; 1420 Elm St.", nil, nil},
		{"the firm's street is shared", "410 North Main Street", nil, nil},

		// Own people: their identifiers are theirs in their own record.
		{"own name", "Nguyễn Văn Ân", an, nil},
		{"own surname shared with a loose person", "Ms. Nguyễn and Nguyễn", an, nil},
		{"own surname does not hide a foreign full name", "Nguyễn Ngọc Mai", an,
			[]string{"name: Nguyễn Ngọc Mai @0 (Nguyễn Ngọc Mai)"}},
		{"client with the base claimant's surname", "Mr. Torres, Torres, Carlos Torres", carlos, nil},
		{"but not her full name", "María Elena Torres", carlos, []string{"name: María Elena Torres @0"}},
		{"client whose phone is the clinic's", "(312) 555-0142", carlos, nil},
		{"the clinic's phone in any record", "call (312) 555-0142", nil, nil},
		{"own date of birth shared with a foreign person", "January 2, 1990", carlos, nil},
		{"foreign date of birth shared by two people", "January 2, 1990", nil,
			[]string{"date of birth: January 2, 1990 @0 (Carlos Torres) +1"}},
		{"a name that fits several people, the best first", "Carlos Torres and María Torres", nil, []string{
			"name: Carlos Torres @0 (Carlos Torres)", "name/first and last name: María Torres @18"}},

		// Several hits, in order of place.
		{"letter", "Re: Maria Torres (A123-456-789), 1420 W. Elm St.\nDear Ms. Torres: call 773-555-0199.", nil, []string{
			"name/first and last name: Maria Torres @4",
			"A-number: A123-456-789 @18",
			"street address: 1420 W. Elm St @33",
			"name/title and name: Ms. Torres @54",
			"phone: 773-555-0199 @71",
		}},
		{"nothing", "", nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := briefs(g.Find(c.text, c.own))
			if !slices.Equal(got, c.want) {
				t.Errorf("Find(%q):\ngot  %q\nwant %q", c.text, got, c.want)
			}
		})
	}
}

func TestLooseOnlyWhenLoose(t *testing.T) {
	text := "Ms. Torres said Torres, M.E.T., was there; María Elena Torres."
	strict := baseTorres
	strict.Loose, strict.Minor = false, true
	loose := baseTorres
	loose.Minor = true
	for _, c := range []struct {
		f    Foreign
		want []string
	}{
		{strict, []string{"name: María Elena Torres @43"}},
		{loose, []string{
			"name/title and name: Ms. Torres @0",
			"name/surname alone: Torres @16",
			"name/initials: M.E.T. @24",
			"name: María Elena Torres @43",
		}},
	} {
		got := briefs(NewGuard([]Foreign{c.f}, nil).Find(text, nil))
		if !slices.Equal(got, c.want) {
			t.Errorf("Loose %v:\ngot  %q\nwant %q", c.f.Loose, got, c.want)
		}
	}
}

func TestShortPhoneAndOneWordName(t *testing.T) {
	g := NewGuard([]Foreign{{Who: "row 8", Person: Person{Name: "Quispe", Phone: "555-0123"}}}, nil)
	got := briefs(g.Find("Quispe: 555-0123, (312) 555-0123, 5550123; quispe, QUISPE", nil))
	want := []string{
		"name: Quispe @0 (Quispe)",
		"phone: 555-0123 @8 (Quispe)",
		"phone: 5550123 @34 (Quispe)",
		"name: QUISPE @51 (Quispe)",
	}
	same(t, got, want)
}

func TestWithinOwnName(t *testing.T) {
	// The own client's middle and last name are another client's first
	// and last: within the own name they are the own client's.
	other := Foreign{Who: "the client of roster.csv:9", Person: Person{Name: "Carlos José Kowalski"}}
	own := []Person{{Name: "María Carlos Kowalski"}}
	g := NewGuard([]Foreign{other}, nil)
	got := briefs(g.Find("Dear María Carlos Kowalski: Kowalski, María Carlos. Carlos Kowalski", own))
	want := []string{"name/first and last name: Carlos Kowalski @54 (Carlos José Kowalski)"}
	same(t, got, want)
}

func TestWithinOwnStreet(t *testing.T) {
	lee := Foreign{Who: "the client of roster.csv:6", Person: Person{Name: "Ana Lee", Street: "500 Torres Ave."}}
	g := NewGuard([]Foreign{baseTorres, lee}, nil)
	text := "Ana Lee, 500 Torres Avenue"
	same(t, briefs(g.Find(text, []Person{lee.Person})), nil)
	same(t, briefs(g.Find(text, nil)), []string{
		"name: Ana Lee @0 (Ana Lee)", "street address: 500 Torres Avenue @9 (Ana Lee)", "name/surname alone: Torres @13"})
}

func TestSharedWords(t *testing.T) {
	// An officer named Torres: "Officer Torres" and "Torres" alone are his.
	g := NewGuard([]Foreign{baseTorres}, []Person{{Name: "Luis Torres"}})
	got := briefs(g.Find("Ms. Torres and Torres; Maria Torres. Torres, Maria", nil))
	want := []string{"name/first and last name: Maria Torres @23", "name/last name, first name: Torres, Maria @37"}
	same(t, got, want)
}

func TestHitFields(t *testing.T) {
	hits := testGuard().Find("Smith & <Sons>: Zoë O'Brien, zoe@example.org", nil)
	want := []Hit{
		{Who: "the client of roster.csv:4", Person: "Zoë O'Brien", Kind: "name", Match: "Zoë O'Brien", Offset: 16},
		{Who: "the client of roster.csv:4", Person: "Zoë O'Brien", Kind: "e-mail", Match: "zoe@example.org", Offset: 30},
	}
	if !slices.Equal(hits, want) {
		t.Errorf("got  %+v\nwant %+v", hits, want)
	}
}

func TestSameNameIsOnePerson(t *testing.T) {
	// A client on two rows is reported once, for the first row.
	a := Foreign{Who: "the client of roster.csv:7", Person: Person{Name: "Ana Lucía Vega"}}
	b := Foreign{Who: "the client of roster.csv:2", Person: Person{Name: "Ana Lucía Vega"}}
	hits := NewGuard([]Foreign{a, b}, nil).Find("Ana Lucía Vega", nil)
	if len(hits) != 1 || hits[0].Who != a.Who {
		t.Errorf("got %+v, want one hit for %s", hits, a.Who)
	}
}

func TestCommonName(t *testing.T) {
	// "María Torres" is the first and last name of three clients and the
	// full name of none: one hit, for the first by name.
	var foreign []Foreign
	for i, middle := range []string{"Luz", "Ana", "Inés", "Ana"} {
		foreign = append(foreign, Foreign{Who: fmt.Sprintf("the client of roster.csv:%d", i+2),
			Person: Person{Name: "María " + middle + " Torres"}})
	}
	hits := NewGuard(foreign, nil).Find("María Torres, María Ana Torres", nil)
	same(t, briefs(hits), []string{
		"name/first and last name: María Torres @0 (María Ana Torres) +2",
		"name: María Ana Torres @15 (María Ana Torres)",
	})
	if hits[0].Who != "the client of roster.csv:3" {
		t.Errorf("the hit names %s, want the first entry of the first name, roster.csv:3", hits[0].Who)
	}
}

func TestFindDeterministic(t *testing.T) {
	g := testGuard()
	text := strings.Repeat("María Elena Torres, 773-555-0199, Ms. Nguyễn, N.N.M., A 204 118 907, born 6/3/2015. ", 20)
	first := g.Find(text, nil)
	if len(first) != 20*6 {
		t.Fatalf("got %d hits, want %d: %q", len(first), 20*6, briefs(first[:6]))
	}
	for range 5 {
		if again := g.Find(text, nil); !slices.Equal(again, first) {
			t.Fatal("Find gave different hits for the same text")
		}
	}
	if !slices.IsSortedFunc(first, func(a, b Hit) int { return a.Offset - b.Offset }) {
		t.Error("hits are not ordered by offset")
	}
}

func TestKeys(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{streetKey("1420 W. Elm St., Apt. 3"), "1420 w elm st"},
		{streetKey("410 North Main Street Suite 200"), "410 n main st ste 200"},
		{streetKey("Elm Street"), ""},
		{streetKey("12"), ""},
		{phoneKey("+1 (773) 555-0199"), "7735550199"},
		{phoneKey("555-0199"), "5550199"},
		{phoneKey("555-01"), ""},
		{aNumberKey("A012-345-678"), "12345678"},
		{aNumberKey("A 204 118 907"), "204118907"},
		{aNumberKey("A1234567"), ""},
		{emailKey(" MET@Example.org "), "met@example.org"},
		{emailKey("met"), ""},
		{initialsOf("Nguyễn Ngọc Mai"), "nnm"},
		{initialsOf("Zoë O'Brien"), "zo"},
		{initialsOf("Cher"), ""},
		{nameKey(foldWords("Đặng Thị Ørsted-Straße")), "dang thi orsted strasse"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestPeopleOfNil(t *testing.T) {
	if PeopleOf(nil) != nil || FirmOf(nil) != nil || ScanCase(nil, testGuard().Scope(nil)) != nil {
		t.Error("a nil case has people")
	}
}

func TestConcurrentFind(t *testing.T) {
	// A Guard is shared by the workers of a batch; run with -race.
	g := testGuard()
	texts := []string{
		"Ms. Torres, (773) 555-0199, born April 12, 1988",
		"NGUYEN VAN AN at 77 N. Lake Shore Dr., an.nguyen@example.org",
		"N.N.M. and Zoë O'Brien, A012-345-678",
	}
	want := make([][]Hit, len(texts))
	for i, s := range texts {
		want[i] = g.Find(s, nil)
	}
	done := make(chan bool)
	for w := range 4 {
		go func() {
			ok := true
			for r := range 50 {
				i := (w + r) % len(texts)
				if !slices.Equal(g.Find(texts[i], nil), want[i]) {
					ok = false
				}
			}
			done <- ok
		}()
	}
	for range 4 {
		if !<-done {
			t.Error("a concurrent Find gave other hits")
		}
	}
}
