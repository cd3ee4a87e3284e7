package casefile

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The fuzz targets feed LoadBytes arbitrary bytes: it must never panic
// (LoadBytes turns a panic into an internalError, which fails the target),
// and its result must be either a Case or a non-empty list of problems
// that each name the file.

func FuzzLoadYAML(f *testing.F) { fuzzLoad(f, "yaml") }
func FuzzLoadJSON(f *testing.F) { fuzzLoad(f, "json") }
func FuzzLoadTOML(f *testing.F) { fuzzLoad(f, "toml") }

func fuzzLoad(f *testing.F, format string) {
	seeds, _ := filepath.Glob("testdata/*." + format)
	more, _ := filepath.Glob("testdata/bad/*." + format)
	if format == "yaml" {
		alt, _ := filepath.Glob("testdata/bad/*.yml")
		more = append(more, alt...)
	}
	for _, p := range append(seeds, more...) {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(""))
	f.Add([]byte(strings.Repeat("[", 300)))
	f.Add([]byte(strings.Repeat("- ", 300) + "x"))
	for _, seed := range hostileCases(format) {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := LoadBytes("fuzz."+format, data, format, Options{Env: fakeEnv(map[string]string{
			"REDRESS_MATTER_AS_OF": "2026-12-01",
		})})
		var ie *internalError
		if errors.As(err, &ie) {
			t.Fatalf("panic: %v", ie.cause)
		}
		if err == nil {
			if src == nil || src.Case == nil {
				t.Fatal("no error and no case")
			}
			return
		}
		var ps Problems
		if !errors.As(err, &ps) || len(ps) == 0 {
			t.Fatalf("error is not a non-empty Problems: %v", err)
		}
		for _, p := range ps {
			if p.File != "fuzz."+format && p.File != envFile || p.Msg == "" {
				t.Fatalf("bad problem %#v", p)
			}
		}
	})
}

// hostileValues are the campaign's values, each set as the claimant's
// name of a minimal case: over the length limit, control and directional
// characters, the names the documents must print as written, Hebrew,
// emoji, empty and invisible values.
var hostileValues = []string{
	strings.Repeat("A", 300), // past a name's 200
	"María\aTorres\x1b[31m",
	"\u202Eevil\u202C \u2066isolated\u2069",
	"\u200B\u200C\u200D\u2060\uFEFF",
	" \u00A0\u3000\u2028\n\t",
	"Smith & <Sons>",
	"Zoë O'Brien",
	"Nguyễn Văn Ân",
	"שרה כהן",
	"😀 👍🏽 👨‍👩‍👧",
	"",
}

// hostileCases are fuzz seeds in one format: minimal cases holding each
// of hostileValues, dates out of range and in the wrong order, and, in
// YAML, alias bombs: nested, and flat (repeating a long fact). Seeds are
// kept small: the fuzzer mutates them, and a long input makes every
// execution that starts from it slow.
func hostileCases(format string) [][]byte {
	quote := func(s string) string {
		b, _ := json.Marshal(s) // a JSON string is a YAML one, and a TOML basic one
		return string(b)
	}
	var out [][]byte
	for _, v := range hostileValues {
		switch format {
		case "yaml":
			out = append(out, []byte(rep("name: Ana Pérez", "name: "+quote(v))))
		case "json":
			out = append(out, []byte(`{"schema": 1, "matter": {"id": "M-1"}, "firm": {"name": "Clinic"}, "claimants": [{"name": `+quote(v)+`, "address": {"street": "1 Main St.", "city": "Chicago", "state": "IL", "zip": "60601"}}], "incident": {"date": "2025-03-14", "place": "Chicago", "state": "IL", "agency": "ICE"}}`))
		case "toml":
			out = append(out, []byte("schema = 1\n[matter]\nid = \"M-1\"\n[firm]\nname = \"Clinic\"\n[[claimants]]\nname = "+quote(v)+"\naddress = {street = \"1 Main St.\", city = \"Chicago\", state = \"IL\", zip = \"60601\"}\n[incident]\ndate = 2025-03-14\nplace = \"Chicago\"\nstate = \"IL\"\nagency = \"ICE\"\n"))
		}
	}
	if format != "yaml" {
		return out
	}
	var laughs strings.Builder
	laughs.WriteString(minimalYAML + "complaint:\n  counts: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\ncourt:\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&laughs, "  x%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 10), ", "))
	}
	flat := []string{"  facts:", "    - &f " + strings.Repeat("x ", 600)}
	for i := 0; i < 40; i++ {
		flat = append(flat, "    - *f")
	}
	return append(out,
		[]byte(laughs.String()),
		[]byte(ins(13, flat...)),
		[]byte(rep("date: 2025-03-14", "date: 0001-01-01")),
		[]byte(ins(7, "    date_of_birth: 9999-12-31")),
		[]byte(ins(3, "  as_of: 2025-01-01")),
	)
}
