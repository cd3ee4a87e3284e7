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
