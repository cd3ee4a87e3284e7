package casefile

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// Every text key of the schema has a limit, and every list one, so that a
// key added to Case cannot be a way around them; and every line of the
// tables names a key that exists.
func TestEveryTextKeyHasALimit(t *testing.T) {
	texts, lists := map[string]bool{}, map[string]bool{}
	for _, sp := range schemaPaths() {
		switch {
		case sp.typ.Kind() == reflect.String:
			texts[sp.path] = true
		case sp.typ.Kind() == reflect.Slice:
			lists[sp.path] = true
			if sp.typ.Elem().Kind() == reflect.String {
				texts[sp.path+"[n]"] = true
			}
		}
	}
	for p := range texts {
		if _, ok := textLimits[p]; !ok {
			t.Errorf("text key %s has no line in textLimits", p)
		}
	}
	for p := range textLimits {
		if !texts[p] {
			t.Errorf("textLimits names %s, which is not a text key", p)
		}
	}
	for p := range lists {
		if _, ok := listLimits[p]; !ok {
			t.Errorf("list %s has no line in listLimits", p)
		}
	}
	for p := range listLimits {
		if !lists[p] {
			t.Errorf("listLimits names %s, which is not a list", p)
		}
	}
}

// A value one character over its key's limit is refused, naming the key,
// its length and the limit, at the line where it is written; a value at
// the limit is not.
func TestTextLimits(t *testing.T) {
	tests := []struct {
		name, path string
		line       int
		max        int
		what       string
		file       func(string) string
	}{
		{"name", "claimants[0].name", 7, 200, "a name", func(s string) string { return rep("Ana Pérez", s) }},
		{"street", "claimants[0].address.street", 8, 200, "an address line", func(s string) string { return rep("street: 1 Main St.", "street: "+s) }},
		{"phone", "claimants[0].phone", 8, 50, "a phone number", func(s string) string { return ins(7, "    phone: "+s) }},
		{"e-mail", "firm.email", 6, 254, "an e-mail address", func(s string) string { return ins(5, "  email: "+s) }},
		{"marital status", "claimants[0].marital_status", 8, 50, "a number or code", func(s string) string { return ins(7, "    marital_status: "+s) }},
		{"summary", "incident.summary", 14, 5000, "the summary", func(s string) string { return ins(13, "  summary: "+s) }},
		{"fact", "incident.facts[1]", 16, 5000, "a fact", func(s string) string { return ins(13, "  facts:", "    - Short.", "    - "+s) }},
		{"officer", "incident.officers[0].description", 14, 2000, "a paragraph", func(s string) string { return ins(13, "  officers: [{description: "+s+"}]") }},
		{"matter id", "matter.id", 3, 64, "an id", func(s string) string { return rep("id: M-1", "id: "+s) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := LoadBytes("case.yaml", []byte(tt.file(strings.Repeat("x", tt.max))), "yaml", Options{}); err != nil {
				t.Errorf("%d characters, the limit: %v", tt.max, err)
			}
			_, err := LoadBytes("case.yaml", []byte(tt.file(strings.Repeat("x", tt.max+1))), "yaml", Options{})
			ps := problemsOf(t, err)
			want := fmt.Sprintf("is %s characters long; %s may have at most %s", thousands(tt.max+1), tt.what, thousands(tt.max))
			if len(ps) != 1 || ps[0].Path != tt.path || ps[0].Pos.Line != tt.line || !strings.HasPrefix(ps[0].Msg, want) {
				t.Errorf("got:\n%v\nwant one problem at %s, line %d: %s", err, tt.path, tt.line, want)
			}
		})
	}
}

// Length counts characters as printed: a name typed with combining
// accents (as a Mac does) counts its composed letters, and a multi-byte
// letter counts once.
func TestTextLimitCountsCharacters(t *testing.T) {
	for name, s := range map[string]string{
		"decomposed": strings.Repeat("e\u0301", 200), // 400 code points, 200 after NFC
		"multi-byte": strings.Repeat("ễ", 200),       // 600 bytes
	} {
		if _, err := LoadBytes("case.yaml", []byte(rep("Ana Pérez", s)), "yaml", Options{}); err != nil {
			t.Errorf("%s: a name of 200 characters: %v", name, err)
		}
	}
}

// The campaign's input: a name of 1,000,000 characters in a file under
// the 1 MiB limit took 'letter' 227 s and 4.9 GB. It is one problem,
// found at once.
func TestMillionCharacterName(t *testing.T) {
	file := rep("Ana Pérez", strings.Repeat("A", 1_000_000))
	if len(file) > maxSize {
		t.Fatalf("the file is %d bytes, over the size limit", len(file))
	}
	start := time.Now()
	_, err := LoadBytes("case.yaml", []byte(file), "yaml", Options{})
	took := time.Since(start)
	ps := problemsOf(t, err)
	want := "is 1,000,000 characters long; a name may have at most 200"
	if len(ps) != 1 || ps[0].Path != "claimants[0].name" || ps[0].Pos.Line != 7 || ps[0].Msg != want {
		t.Errorf("got:\n%v\nwant claimants[0].name at line 7: %s", err, want)
	}
	if took > raceSlowdown*2*time.Second {
		t.Errorf("reading it took %v", took)
	}
}

// A list longer than its key allows is one problem at the list, and its
// entries are not read (a list of 20,000 facts is not 20,000 problems).
func TestListLimits(t *testing.T) {
	facts := func(n int, fact string) string {
		lines := []string{"  facts:"}
		for i := 0; i < n; i++ {
			lines = append(lines, "    - "+fact)
		}
		return ins(13, lines...)
	}
	if _, err := LoadBytes("case.yaml", []byte(facts(500, "A fact.")), "yaml", Options{}); err != nil {
		t.Errorf("500 facts: %v", err)
	}
	_, err := LoadBytes("case.yaml", []byte(facts(20000, "\a")), "yaml", Options{})
	ps := problemsOf(t, err)
	want := "has 20,000 entries; a case may have at most 500 facts"
	if len(ps) != 1 || ps[0].Path != "incident.facts" || ps[0].Pos.Line != 15 || ps[0].Msg != want {
		t.Errorf("got:\n%.500v\nwant one problem at incident.facts, line 15: %s", err, want)
	}

	claimant := `  - {name: Ana Pérez, address: {street: 1 Main St., city: Chicago, state: IL, zip: "60601"}}`
	many := ins(8, slicesRepeat(claimant, 20)...)
	_, err = LoadBytes("case.yaml", []byte(many), "yaml", Options{})
	ps = problemsOf(t, err)
	want = "has 21 entries; a case may have at most 20 claimants; for more clients, use a roster (redress batch)"
	if len(ps) != 1 || ps[0].Path != "claimants" || ps[0].Msg != want {
		t.Errorf("got:\n%v\nwant one problem at claimants: %s", err, want)
	}
}

func slicesRepeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// The whole case's text is bounded too: many facts, each within its
// limit, add up. The problem names the keys that hold most of it.
func TestCaseTextLimit(t *testing.T) {
	fact := strings.Repeat("word ", 999) + "word" // 4,999 characters
	lines := []string{"  facts:"}
	for i := 0; i < 31; i++ {
		lines = append(lines, "    - "+fact)
	}
	_, err := LoadBytes("case.yaml", []byte(ins(13, lines...)), "yaml", Options{})
	ps := problemsOf(t, err)
	if len(ps) != 1 || ps[0].Path != "" || ps[0].Pos != (Pos{}) {
		t.Fatalf("want one problem about the whole case, got:\n%v", err)
	}
	for _, want := range []string{"the case's text comes to 15", "a case may have at most 150,000", "most of it: incident.facts[n] 154,969"} {
		if !strings.Contains(ps[0].Msg, want) {
			t.Errorf("message %q lacks %q", ps[0].Msg, want)
		}
	}
	if _, err := LoadBytes("case.yaml", []byte(ins(13, lines[:29]...)), "yaml", Options{}); err != nil {
		t.Errorf("28 long facts: %v", err)
	}
}

// A roster cell is a value like any other: the campaign's 1 MB cell ran
// 'batch' for over 12 minutes. It is refused at its row and column.
func TestRosterCellLimit(t *testing.T) {
	text := "matter.id,claimants[0].name," + addressCols + "\n" +
		"M-001," + strings.Repeat("N", 1_000_000) + "," + address + "\n"
	r, err := LoadRoster(writeRoster(t, text), loadTestBase(t, Options{}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = r.Case(0)
	took := time.Since(start)
	ps := problemsOf(t, err)
	want := "is 1,000,000 characters long; a name may have at most 200"
	if len(ps) != 1 || ps[0].Path != "claimants[0].name" || ps[0].Pos != (Pos{Line: 2, Col: 2}) || ps[0].Msg != want {
		t.Errorf("got:\n%.400v\nwant claimants[0].name at 2:2: %s", err, want)
	}
	if took > raceSlowdown*2*time.Second {
		t.Errorf("the row took %v", took)
	}
}

// The story is repeated on every claimant's SF-95, so the story times the
// claimants is bounded too.
func TestRepeatedStoryLimit(t *testing.T) {
	fact := strings.Repeat("word ", 999) + "word" // 4,999 characters
	lines := []string{"  facts:"}
	for i := 0; i < 6; i++ {
		lines = append(lines, "    - "+fact)
	}
	claimant := `  - {name: Ana Pérez, address: {street: 1 Main St., city: Chicago, state: IL, zip: "60601"}}`
	for _, tt := range []struct {
		claimants int
		ok        bool
	}{{16, true}, {17, false}} { // 6 x 4,999 = 29,994 characters, x 16 = 479,904, x 17 = 509,898
		file := insInto(ins(13, lines...), 8, slicesRepeat(claimant, tt.claimants-1)...)
		_, err := LoadBytes("case.yaml", []byte(file), "yaml", Options{})
		if tt.ok {
			if err != nil {
				t.Errorf("%d claimants: %v", tt.claimants, err)
			}
			continue
		}
		ps := problemsOf(t, err)
		want := "the story (incident.summary and incident.facts, 29,994 characters) is repeated on each of the 17 claimants' SF-95s, 509,898 characters in all; a case may have at most 500,000"
		if len(ps) != 1 || ps[0].Path != "" || !strings.HasPrefix(ps[0].Msg, want) {
			t.Errorf("%d claimants: got\n%v\nwant one problem: %s", tt.claimants, err, want)
		}
	}
}
