package casefile

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// A name typed with decomposed accents (as macOS may save it) comes back
// precomposed (NFC) from every format.
func TestNFC(t *testing.T) {
	nfd := norm.NFD.String("Nguyễn Thị Ánh")
	nfc := norm.NFC.String(nfd)
	if nfd == nfc {
		t.Fatal("test input is not decomposed")
	}
	inputs := map[string]string{
		"yaml": rep("name: Ana Pérez", "name: "+nfd),
		"json": `{"schema": 1, "matter": {"id": "M-1"}, "firm": {"name": "Clinic"},
			"claimants": [{"name": "` + nfd + `", "address": {"street": "1 Main St.", "city": "Chicago", "state": "IL", "zip": "60601"}}],
			"incident": {"date": "2025-03-14", "place": "Chicago", "state": "IL", "agency": "ICE"}}`,
		"toml": "schema = 1\nmatter = {id = \"M-1\"}\nfirm = {name = \"Clinic\"}\n" +
			"[[claimants]]\nname = \"" + nfd + "\"\naddress = {street = \"1 Main St.\", city = \"Chicago\", state = \"IL\", zip = \"60601\"}\n" +
			"[incident]\ndate = 2025-03-14\nplace = \"Chicago\"\nstate = \"IL\"\nagency = \"ICE\"\n",
	}
	for format, data := range inputs {
		src, err := LoadBytes("case."+format, []byte(data), format, Options{})
		if err != nil {
			t.Errorf("%s: %v", format, err)
			continue
		}
		if got := src.Case.Claimants[0].Name; got != nfc {
			t.Errorf("%s: name = %+q, want NFC %+q", format, got, nfc)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct {
		in, want, msg string
		printed       bool
	}{
		{in: "Zoë O'Brien & <Sons> “quoted”", want: "Zoë O'Brien & <Sons> “quoted”", printed: true},
		{in: "line one\r\nline two\tend", want: "line one\nline two\tend", printed: true},
		{in: "bell\a", msg: "contains the control character U+0007, which cannot appear in a document; remove it", printed: true},
		{in: "a\x00b\x1bc", msg: "the control character U+0000 and the control character U+001B", printed: true},
		{in: "lone\rreturn", msg: "U+000D", printed: true},
		{in: "smile 😀", msg: "contains 😀 (U+1F600), which the document font cannot print; remove it or replace it", printed: true},
		{in: "中文", msg: "contains 中 (U+4E2D) and 文 (U+6587), which the document font cannot print; remove them or replace them", printed: true},
		{in: "private\ue000use", msg: "contains U+E000,", printed: true},
		{in: "C:/logos/😀.png", want: "C:/logos/😀.png", printed: false},
	}
	for _, tt := range tests {
		got, msg, _ := cleanText(tt.in, tt.printed)
		if got != tt.want || !strings.Contains(msg, tt.msg) || (tt.msg == "") != (msg == "") {
			t.Errorf("cleanText(%+q) = %+q, %q; want %+q, %q", tt.in, got, msg, tt.want, tt.msg)
		}
	}
}

// Directional formatting characters are refused by name and code point,
// with the key path and the line; Hebrew, and the implicit marks LRM and
// RLM, are not. Arabic is refused as a script the font cannot print.
func TestDirectionalFormatting(t *testing.T) {
	tests := []struct {
		in, msg string
	}{
		{"Sara\u202Eh Cohen", "contains the invisible character RIGHT-TO-LEFT OVERRIDE (U+202E), which changes the order the text is shown in (and not the same way in Word and in the PDF); retype the text without it"},
		{"\u202Bשרה\u202C", "the invisible characters RIGHT-TO-LEFT EMBEDDING (U+202B) and POP DIRECTIONAL FORMATTING (U+202C), which"},
		{"a\u202Ab\u202Dc\u2066d\u2067e\u2068f\u2069", "LEFT-TO-RIGHT EMBEDDING (U+202A), LEFT-TO-RIGHT OVERRIDE (U+202D), LEFT-TO-RIGHT ISOLATE (U+2066), " +
			"RIGHT-TO-LEFT ISOLATE (U+2067), FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069), which"},
		{"שרה כהן", ""},
		{"שרה כהן\u200F, 12 Main St.\u200E", ""},
		{"سارة", "contains س (U+0633), ا (U+0627), ر (U+0631) and 1 more, which the document font cannot print"},
	}
	for _, tt := range tests {
		got, msg, _ := cleanText(tt.in, true)
		if !strings.Contains(msg, tt.msg) || (tt.msg == "") != (msg == "") {
			t.Errorf("cleanText(%+q) = %+q, %q; want a message with %q", tt.in, got, msg, tt.msg)
		}
		if tt.msg == "" && got != tt.in {
			t.Errorf("cleanText(%+q) = %+q, want it unchanged", tt.in, got)
		}
	}
}

// In a case file and in a roster cell, the problem names the key path and
// the line (and the cell's column).
func TestDirectionalFormattingInFiles(t *testing.T) {
	const want = "RIGHT-TO-LEFT OVERRIDE (U+202E), which changes the order the text is shown in"
	data := "schema: 1\nmatter: {id: M-1}\nfirm: {name: Clinic}\nclaimants:\n" +
		"  - name: \"Sarah \u202Enehoc\"\n" +
		"    address: {street: 1 Main St., city: Chicago, state: IL, zip: \"60601\"}\n" +
		"incident: {date: 2025-03-14, place: Chicago, state: IL, agency: ICE}\n"
	_, err := LoadBytes("case.yaml", []byte(data), "yaml", Options{})
	ps := problemsOf(t, err)
	if len(ps) != 1 || ps[0].Path != "claimants[0].name" || ps[0].Pos.Line != 5 || !strings.Contains(ps[0].Msg, want) {
		t.Errorf("case file: got %v, want one problem at claimants[0].name, line 5, with %q", err, want)
	}

	base, err := LoadBase("testdata/roster/base.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	roster := "matter.id,claimants[0].name,claimants[0].address.street,claimants[0].address.city,claimants[0].address.state,claimants[0].address.zip\n" +
		"M-001,שרה כהן,1 Main St.,Chicago,IL,60601\n" +
		"M-002,Sarah \u202Enehoc,1 Main St.,Chicago,IL,60601\n"
	r, err := LoadRosterBytes("roster.csv", []byte(roster), base, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if src, err := r.Case(0); err != nil || src.Case.Claimants[0].Name != "שרה כהן" {
		t.Errorf("row 1 (Hebrew): %v", err)
	}
	_, err = r.Case(1)
	ps = problemsOf(t, err)
	if len(ps) != 1 || ps[0].Path != "claimants[0].name" || ps[0].Pos != (Pos{Line: 3, Col: 2}) || !strings.Contains(ps[0].Msg, want) {
		t.Errorf("roster: got %v, want one problem at line 3, column 2, claimants[0].name, with %q", err, want)
	}
}
