package casefile

import (
	"strings"
	"testing"
)

// A required value with nothing visible in it is missing, and the message
// says why the key that was written counts as missing.
func TestInvisibleRequiredValues(t *testing.T) {
	const note = " (the value has no visible characters)"
	for name, val := range map[string]string{
		"spaces":              `"   "`,
		"no-break space":      `"\u00A0"`,
		"zero-width space":    `"\u200B"`,
		"zero-width joiners":  `"\u200C\u200D"`,
		"word joiner":         `"\u2060"`,
		"byte-order mark":     `"\uFEFF"`,
		"newline":             `"\n"`,
		"line separator":      `"\u2028"`,
		"ideographic space":   `"\u3000"`,
		"Hangul filler":       `"\u3164"`,
		"soft hyphen":         `"\u00AD"`,
		"lone accent":         `"\u0301"`,
		"blank Braille":       `"\u2800"`,
		"variation selector":  `"\uFE0F"`,
		"left-to-right mark":  `"\u200E"`,
		"mixed":               `" \u00A0\u200B\t\n "`,
		"block scalar spaces": "|\n       \u00A0",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := LoadBytes("case.yaml", []byte(rep("name: Ana Pérez", "name: "+val)), "yaml", Options{})
			ps := problemsOf(t, err)
			want := "required: the claimant's full name" + note
			if len(ps) != 1 || ps[0].Path != "claimants[0].name" || ps[0].Pos.Line != 7 || ps[0].Msg != want {
				t.Errorf("got:\n%v\nwant claimants[0].name at line 7: %s", err, want)
			}
		})
	}

	// Every required key, not just the name.
	for _, tt := range []struct {
		name, yaml, path, msg string
	}{
		{"firm", rep("name: Clinic", `name: "\u200B"`), "firm.name", "required: the name of the firm or clinic preparing the documents" + note},
		{"matter id", rep("id: M-1", `id: " "`), "matter.id", "required: an id for the matter such as LIRC-2026-0142; it names the output folder" + note},
		{"street", rep("street: 1 Main St.", `street: "\u00A0"`), "claimants[0].address.street", "required: the street address" + note},
		{"whole address", rep(`{street: 1 Main St., city: Chicago, state: IL, zip: "60601"}`, `{street: " ", city: " ", state: " ", zip: " "}`), "claimants[0].address", "required: the claimant's mailing address (street, city, state, zip)" + note},
		{"place", rep("place: Chicago", `place: "\u2060"`), "incident.place", "required: where the incident happened" + note},
		{"state", rep("state: IL\n", "state: \"\\u3000\"\n"), "incident.state", "required: the two-letter code of the state where it happened" + note},
		{"agency", rep("agency: ICE", `agency: "\uFEFF"`), "incident.agency", "required: the agency whose officers acted" + note},
		{"minor's representative", ins(7, "    minor: true", `    representative: {name: "\u200B"}`), "claimants[0].representative.name", "required for a minor (minor: true): the parent or guardian who files for the claimant" + note},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadBytes("case.yaml", []byte(tt.yaml), "yaml", Options{})
			for _, p := range problemsOf(t, err) {
				if p.Path == tt.path && strings.HasPrefix(p.Msg, strings.TrimSuffix(tt.msg, note)) && strings.HasSuffix(p.Msg, note) {
					return
				}
			}
			t.Errorf("want %s: %s; got:\n%v", tt.path, tt.msg, err)
		})
	}
}

// Names that are all visible, however unusual, are kept as written.
func TestVisibleValues(t *testing.T) {
	for _, name := range []string{
		"Nguyễn Văn Ân", "Zoë O'Brien", "Smith & <Sons>", "שרה כהן", "X", "李小龍", "Ana\u00A0Pérez", "\u200BAna",
	} {
		src, err := LoadBytes("case.yaml", []byte(rep("name: Ana Pérez", "name: \""+name+"\"")), "yaml", Options{})
		if err != nil {
			// The font decides about CJK; only visibility is tested here.
			if strings.Contains(err.Error(), "no visible characters") {
				t.Errorf("%q: %v", name, err)
			}
			continue
		}
		if got := src.Case.Claimants[0].Name; got != name {
			t.Errorf("%q read as %q", name, got)
		}
	}
}

// An optional value with nothing visible is not given: a representative
// named with a zero-width space is no representative (so the SF-95 does
// not print "Personal representative: " and nothing after it).
func TestInvisibleOptionalValues(t *testing.T) {
	src, err := LoadBytes("case.yaml", []byte(ins(7, `    representative: {name: "\u200B", capacity: " "}`, `    phone: "\u00A0"`)), "yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := src.Case.Claimants[0]
	if c.HasRepresentative() || c.Representative.Capacity != "" || c.Phone != "" {
		t.Errorf("invisible values kept: %+v", c)
	}
}

// A roster cell is held to the same rule, at its row and column: a cell
// of invisible characters is blank (roster.go, isBlank), so a required
// value is missing there.
func TestInvisibleRosterCell(t *testing.T) {
	text := "matter.id,claimants[0].name," + addressCols + "\n" +
		"M-001,\u200B\u00A0," + address + "\n"
	r, err := LoadRoster(writeRoster(t, text), loadTestBase(t, Options{}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.Case(0)
	ps := problemsOf(t, err)
	want := "required: the claimant's full name"
	if len(ps) != 1 || ps[0].Path != "claimants[0].name" || ps[0].Pos != (Pos{Line: 2, Col: 2}) || ps[0].Msg != want {
		t.Errorf("got:\n%v\nwant claimants[0].name at 2:2: %s", err, want)
	}
}

// visible is checked against the characters themselves.
func TestShows(t *testing.T) {
	for _, r := range "aZ09.&<ễש李😀€" {
		if !shows(r) {
			t.Errorf("%U does not show", r)
		}
	}
	for _, r := range " \t\n\u00A0\u1680\u2000\u200A\u2028\u2029\u202F\u205F\u3000\u200B\u200C\u200D\u2060\uFEFF\u00AD\u180E\u3164\u115F\uFFA0\u0301\u034F\uFE0F\u2800\u200E\u200F\U000E0041" {
		if shows(r) {
			t.Errorf("%U shows", r)
		}
	}
}

// An entry of a list of text with nothing in it is an error too: an empty
// fact would be an empty numbered paragraph of the complaint.
func TestEmptyListEntries(t *testing.T) {
	_, err := LoadBytes("case.yaml", []byte(ins(13, "  facts:", "    - A fact.", `    - ""`, `    - "\u200B "`, "  evidence: [Video, '']")), "yaml", Options{})
	ps := problemsOf(t, err)
	want := []struct {
		path string
		line int
		msg  string
	}{
		{"incident.facts[1]", 16, "required: each entry is a fact (one numbered paragraph of the complaint); write it, or remove the entry"},
		{"incident.facts[2]", 17, "required: each entry is a fact (one numbered paragraph of the complaint); write it, or remove the entry (the value has no visible characters)"},
		{"incident.evidence[1]", 18, "required: each entry is an item of evidence; write it, or remove the entry"},
	}
	if len(ps) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%v", len(ps), len(want), err)
	}
	for i, w := range want {
		if p := ps[i]; p.Path != w.path || p.Pos.Line != w.line || p.Msg != w.msg {
			t.Errorf("problem %d: got %v\nwant %s at line %d: %s", i, p, w.path, w.line, w.msg)
		}
	}
}
