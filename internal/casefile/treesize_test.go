package casefile

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// aliasBomb is the campaign's input: the facts of minimalYAML as one
// anchored fact of about 1,000 characters and n aliases of it.
func aliasBomb(n int) string {
	fact := strings.Repeat("Officers stopped the claimant on the sidewalk and held her for two hours. ", 14)
	lines := []string{"  facts:", `    - &f "` + fact + `"`}
	for i := 0; i < n; i++ {
		lines = append(lines, "    - *f")
	}
	return ins(13, lines...)
}

// A YAML alias repeated in incident.facts made a 107 KB file come to 11
// million characters of facts ('complaint' took 25 s and 1.85 GB), and a
// 903 KB one kept 'validate' busy for minutes. The file is refused while
// its tree is built, at the alias that passes the bound, with one problem.
func TestAliasBomb(t *testing.T) {
	for _, tt := range []struct {
		n    int
		size int // the campaign file's size, about
	}{{11_000, 107_000}, {100_000, 903_000}} {
		file := aliasBomb(tt.n)
		if len(file) < tt.size*9/10 || len(file) > maxSize {
			t.Fatalf("the bomb is %d bytes, want about %d", len(file), tt.size)
		}
		start := time.Now()
		_, err := LoadBytes("case.yaml", []byte(file), "yaml", Options{})
		took := time.Since(start)
		ps := problemsOf(t, err)
		if len(ps) != 1 {
			t.Fatalf("%d bytes: got %d problems, want 1:\n%.1000v", len(file), len(ps), err)
		}
		p := ps[0]
		// The anchor is on line 15, its first alias on 16: the bound is
		// passed about 2 MiB / 1 KiB aliases later.
		i := strings.Index(p.Path, "[")
		var item int
		fmt.Sscanf(p.Path[i:], "[%d]", &item)
		if p.Path[:i] != "incident.facts" || p.Pos.Line != 15+item || p.Pos.Col != 7 || item < 1900 || item > 2200 {
			t.Errorf("%d bytes: problem at %s line %d col %d, want the alias of that item (line 15 + item, col 7) near item 2,000", len(file), p.Path, p.Pos.Line, p.Pos.Col)
		}
		want := fmt.Sprintf("alias *f is used here for the %s time; with every alias replaced by the value it repeats, the file would hold more than 2 MiB of values", ordinal(item))
		if !strings.HasPrefix(p.Msg, want) {
			t.Errorf("message %q\nwant it to begin %q", p.Msg, want)
		}
		if took > raceSlowdown*2*time.Second {
			t.Errorf("%d bytes: reading it took %v", len(file), took)
		}
	}
}

// Aliases of aliases (the "billion laughs") are counted with what their
// anchors expand to.
func TestNestedAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString(minimalYAML)
	b.WriteString("complaint:\n  counts: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	b.WriteString("court:\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, "  x%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 10), ", "))
	}
	_, err := LoadBytes("case.yaml", []byte(b.String()), "yaml", Options{})
	ps := problemsOf(t, err)
	if len(ps) != 1 || !strings.Contains(ps[0].Msg, "alias *a") || ps[0].Pos.Line < 16 {
		t.Errorf("want one problem at an alias, got:\n%v", err)
	}
}

// Aliases as a case file uses them, to repeat an address, are fine.
func TestAliasesWithinBound(t *testing.T) {
	file := ins(13, `  witnesses:`,
		`    - {name: Luis, address: &home {street: 1 Main St., city: Chicago, state: IL, zip: "60601"}}`,
		`    - {name: Rosa, address: *home}`,
		`    - {name: Ana, address: *home}`)
	src, err := LoadBytes("case.yaml", []byte(file), "yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if w := src.Case.Incident.Witnesses; len(w) != 3 || w[2].Address.Street != "1 Main St." {
		t.Errorf("witnesses %+v", w)
	}
	// 1,000 aliases of a short value stay far below the bound.
	if _, err := LoadBytes("case.yaml", []byte(aliasBomb(0)+"court: {division: &d Eastern}\n"+strings.Repeat("x: *d\n", 0)), "yaml", Options{}); err != nil {
		t.Error(err)
	}
}

// A mapping with more keys than any case file has is one problem, in each
// format, at the key past the bound: goccy's parser takes time quadratic
// in the keys of a block mapping, and each format's tree looked its keys
// up one by one. maxKeys keys are read as usual.
func TestTooManyKeys(t *testing.T) {
	keys := func(n int, format string) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, format, i)
		}
		return b.String()
	}
	for _, tt := range []struct {
		format string
		file   func(n int) string
		line   int
		msg    string
	}{
		{"yaml", func(n int) string { return "schema: 1\ncourt:\n" + keys(n, "  k%d: 0\n") }, maxKeys + 3, "this mapping has more than 1,000 keys"},
		{"yaml", func(n int) string { return "schema: 1\ncourt: {" + keys(n, "k%d: 0, ") + "}\n" }, 2, "this mapping has more than 1,000 keys"},
		{"yaml", func(n int) string { return "schema: 1\n" + keys(n, "schema: %d\n") }, maxKeys + 1, "this mapping has more than 1,000 keys"},
		{"json", func(n int) string { return `{"schema": 1, "court": {` + "\n" + keys(n, "\"k%d\": 0,\n") + `"end": 0}}` }, maxKeys + 2, "this object has more than 1,000 keys"},
		{"toml", func(n int) string { return "schema = 1\n[court]\n" + keys(n, "k%d = 0\n") }, maxKeys + 3, "this table has more than 1,000 keys"},
	} {
		t.Run(tt.format, func(t *testing.T) {
			_, err := LoadBytes("case."+tt.format, []byte(tt.file(maxKeys-1)), tt.format, Options{})
			if strings.Contains(fmt.Sprint(err), "more than 1,000 keys") {
				t.Errorf("%d keys refused: %.300v", maxKeys, err)
			}
			start := time.Now()
			_, err = LoadBytes("case."+tt.format, []byte(tt.file(60_000)), tt.format, Options{})
			took := time.Since(start)
			ps := problemsOf(t, err)
			if len(ps) != 1 || ps[0].Pos.Line != tt.line || !strings.HasPrefix(ps[0].Msg, tt.msg) {
				t.Errorf("want one problem on line %d: %s; got:\n%.500v", tt.line, tt.msg, err)
			}
			if took > raceSlowdown*2*time.Second {
				t.Errorf("60,000 keys took %v", took)
			}
		})
	}
}

// yamlWideMapping counts the keys of each block mapping, and nothing
// else: not the entries of a sequence, nor the lines of a block scalar or
// a flow collection, nor keys of different mappings at one indentation.
func TestYAMLWideMapping(t *testing.T) {
	many := func(n int, line string) string { return strings.Repeat(line, n) }
	for _, tt := range []struct {
		name string
		yaml string
		wide bool
	}{
		{"keys", "a:\n" + many(maxKeys+1, "  k: 0\n"), true},
		{"keys at the bound", "a:\n" + many(maxKeys, "  k: 0\n"), false},
		{"sequence entries", "a:\n" + many(5000, "  - x\n"), false},
		{"mappings in a sequence", "a:\n" + many(3000, "  - k: 0\n    j: 1\n"), false},
		{"block scalar", "a: |\n" + many(5000, "  Note: a line\n"), false},
		{"block scalar in a sequence", "a:\n  - >-\n" + many(5000, "    k: 0\n") + "  - x\n", false},
		{"flow sequence over lines", "a: [\n" + many(5000, "  x,\n") + "]\n", false},
		{"flow mapping over lines", "a: {\n" + many(5000, "  k: 0,\n") + "}\n", false},
		{"nested mappings", many(maxKeys+1, "a:\n  b: 0\n  c: 0\n"), true}, // the keys "a" at the top
		{"separate mappings", many(600, "- a: 0\n  b: 0\n"), false},
		{"comments", "a:\n" + many(5000, "  # k: 0\n"), false},
		{"keys after a block scalar", "a: |\n  text\n" + many(maxKeys+1, "k: 0\n"), true},
	} {
		if _, wide := yamlWideMapping([]byte(tt.yaml)); wide != tt.wide {
			t.Errorf("%s: wide = %v, want %v", tt.name, wide, tt.wide)
		}
	}
}

// Deep nesting is refused in every format before a parser can exhaust the
// stack or take long.
func TestDeepNesting(t *testing.T) {
	const n = 400_000
	for format, file := range map[string]string{
		"yaml": "schema: 1\nx: " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n",
		"json": `{"schema": 1, "x": ` + strings.Repeat("[", n) + strings.Repeat("]", n) + "}",
		"toml": "schema = 1\nx = " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n",
	} {
		start := time.Now()
		_, err := LoadBytes("case."+format, []byte(file), format, Options{})
		took := time.Since(start)
		// go-toml's parser stops at its own bound, before the tree is
		// built: "nested more than the maximum of 10000 levels deep".
		if !strings.Contains(fmt.Sprint(err), "nested more than 100 levels deep") && !(format == "toml" && strings.Contains(fmt.Sprint(err), "nested more than the maximum")) {
			t.Errorf("%s: %.300v", format, err)
		}
		if took > raceSlowdown*2*time.Second {
			t.Errorf("%s: took %v", format, took)
		}
	}
}

// The message names the schema's widest mapping, and the bound is far
// above it: Claimant, with its 16 keys when this was written.
func TestMaxKeysAboveSchema(t *testing.T) {
	if w := widestMapping(); w < len(infoOf(reflect.TypeFor[Claimant]()).keys) || w*10 > maxKeys {
		t.Errorf("the widest mapping has %d keys, against a bound of %d", w, maxKeys)
	}
	want := fmt.Sprintf("no mapping of a case file has more than %d (", widestMapping())
	if !strings.Contains(tooManyKeys("mapping"), want) {
		t.Errorf("message %q lacks %q", tooManyKeys("mapping"), want)
	}
}
