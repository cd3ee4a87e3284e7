package casefile

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/pelletier/go-toml/v2"
	"github.com/santhosh-tekuri/jsonschema/v6"
	schemakind "github.com/santhosh-tekuri/jsonschema/v6/kind"
)

// The schema is checked with a real validator, santhosh-tekuri/jsonschema
// (draft-07 and later, the test suite of the JSON Schema organisation
// passes), not with code of ours that could share our mistakes. It also
// checks the schema itself against the draft-07 meta-schema when it
// compiles it.

var updateSchemaFile = flag.Bool("update", false, "rewrite docs/case.schema.json")

const schemaFile = "../../docs/" + SchemaFileName

// compiledSchema compiles JSONSchema() as a draft-07 schema.
func compiledSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSONSchema()))
	if err != nil {
		t.Fatalf("the schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("case.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("case.schema.json")
	if err != nil {
		t.Fatalf("the schema does not compile: %v", err)
	}
	if sch.DraftVersion != 7 {
		t.Fatalf("the schema is draft %d, want 7 (what yaml-language-server supports)", sch.DraftVersion)
	}
	return sch
}

// schemaInstance reads a case file in any of the three formats into the JSON
// value an editor validates: the YAML or TOML tree, as JSON.
func schemaInstance(t *testing.T, name string, data []byte) any {
	t.Helper()
	var v any
	var err error
	switch filepath.Ext(name) {
	case ".yaml", ".yml":
		err = yaml.Unmarshal(data, &v)
	case ".toml":
		err = toml.Unmarshal(data, &v)
	case ".json":
		err = json.Unmarshal(data, &v)
	default:
		t.Fatalf("%s: not a case file", name)
	}
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	// Through JSON text, as the validator expects its values (json.Number,
	// map[string]any): a TOML date becomes its text, as in an editor.
	j, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(j))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return inst
}

// schemaProblems validates inst and returns the key path of each problem
// the schema finds, in the loader's notation (claimants[0].address.zip):
// for a missing key, the key; for an unknown key, the key; else the value.
func schemaProblems(t *testing.T, sch *jsonschema.Schema, inst any) []string {
	t.Helper()
	err := sch.Validate(inst)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("validate: %v", err)
	}
	var out []string
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) > 0 {
			for _, c := range e.Causes {
				walk(c)
			}
			return
		}
		at := schemaKeyPath(e.InstanceLocation)
		switch k := e.ErrorKind.(type) {
		case *schemakind.Required:
			for _, m := range k.Missing {
				out = append(out, joinPath(at, m))
			}
		case *schemakind.AdditionalProperties:
			for _, p := range k.Properties {
				out = append(out, joinPath(at, p))
			}
		default:
			out = append(out, at)
		}
	}
	walk(ve)
	slices.Sort(out)
	return slices.Compact(out)
}

// schemaKeyPath writes a JSON Pointer's tokens as a key path: [claimants 0 name]
// -> claimants[0].name. (No key of the case file is a number.)
func schemaKeyPath(tokens []string) string {
	var p string
	for _, tok := range tokens {
		if _, err := strconv.Atoi(tok); err == nil {
			p += "[" + tok + "]"
		} else {
			p = joinPath(p, tok)
		}
	}
	return p
}

// docs/case.schema.json is what the code generates; -update rewrites it
// (as 'go generate ./internal/casefile' does).
func TestSchemaFileIsCurrent(t *testing.T) {
	want := JSONSchema()
	if *updateSchemaFile {
		if err := os.WriteFile(schemaFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the schema of the Go types: run 'go generate ./internal/casefile' (or go test -run TestSchemaFileIsCurrent -update)", schemaFile)
	}
}

// Every sample, the init file and the test cases every format decodes
// alike are valid case files: the schema must accept each one, or an
// editor would mark an error in a file redress reads.
func TestSchemaAcceptsTheSamples(t *testing.T) {
	sch := compiledSchema(t)
	files, _ := filepath.Glob("../../samples/*.yaml")
	files = append(files,
		"../../samples/letterhead/case.yaml",
		"../../templates/init/case.yaml",
		"testdata/full.yaml", "testdata/full.json", "testdata/minimal.yaml",
	)
	if len(files) < 8 {
		t.Fatalf("found only %d files: %v", len(files), files)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if probs := schemaProblems(t, sch, schemaInstance(t, f, data)); len(probs) > 0 {
			t.Errorf("%s: the schema rejects %v", f, probs)
		}
	}
}

// A roster's base case may lack what each row gives: matter.id and the
// claimants, or a claimant's keys. The schema finds no other problem in
// the bases of the samples and of the tests, and does find one: a base is
// not a complete case file.
func TestSchemaOnARosterBase(t *testing.T) {
	sch := compiledSchema(t)
	for _, f := range []string{"../../samples/roster/base.yaml", "testdata/roster/base.yaml"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		probs := schemaProblems(t, sch, schemaInstance(t, f, data))
		if len(probs) == 0 {
			t.Errorf("%s: the schema accepts a base without matter.id", f)
		}
		for _, p := range probs {
			if p != "matter.id" && p != "claimants" && !strings.HasPrefix(p, "claimants[") {
				t.Errorf("%s: the schema rejects %s, which a roster row does not supply", f, p)
			}
		}
	}
}

// The bad test cases of the loader: the schema rejects each one at the
// key the loader names, except where what is wrong is beyond any JSON
// Schema (the file's syntax, a duplicate key, a character the font
// cannot print, a rule between two dates). A new bad file must be added
// here.
func TestSchemaRejectsTheBadCases(t *testing.T) {
	sch := compiledSchema(t)
	want := map[string][]string{
		"bad_time.yaml":        {"incident.time"},
		"impossible_date.yaml": {"incident.date"},
		"matter_id.yaml":       {"matter.id"},
		"missing_name.yaml":    {"claimants[0].name"},
		"negative_money.yaml":  {"claimants[0].damages.property"},
		"unknown_key.yaml":     {"claimants[0].date_of_brith"},
		"wrong_type.yaml":      {"incident.facts"},
		"zip_number.yaml":      {"claimants[0].address.zip"},
		// ftca.reconsideration_filed_on without a denial is a rule
		// between two keys, the loader's alone.
		"six_errors.yaml": {"claimants[0].damages.property", "claimants[0].minor", "firm.adress", "incident.state", "matter.id"},
	}
	beyond := map[string]string{
		"control_char.yaml":    "a control character is text to a JSON Schema",
		"emoji.yaml":           "which characters the document font can print is the loader's to know",
		"duplicate_key.json":   "a JSON parser keeps the last of two equal keys",
		"duplicate_key.toml":   "a duplicate key is a syntax error",
		"duplicate_key.yaml":   "a duplicate key is a syntax error",
		"impossible_date.toml": "TOML's own date type rejects 2025-02-30 before any schema",
		"syntax.json":          "a syntax error",
		"syntax.toml":          "a syntax error",
		"syntax.yaml":          "a syntax error",
		"three_decimals.json":  "at most two decimals in a number is beyond what editors compute right (jsonschema.go)",
		"three_decimals.yaml":  "at most two decimals in a number is beyond what editors compute right (jsonschema.go)",
	}
	files, _ := filepath.Glob("testdata/bad/*")
	if len(files) == 0 {
		t.Fatal("no bad test cases")
	}
	for _, f := range files {
		name := filepath.Base(f)
		paths, ok := want[name]
		if !ok {
			if _, ok := beyond[name]; !ok {
				t.Errorf("%s: add the bad case to this test: what should the schema reject in it?", name)
			}
			continue
		}
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := schemaProblems(t, sch, schemaInstance(t, f, data))
			if !slices.Equal(got, paths) {
				t.Errorf("the schema rejects %v, want %v", got, paths)
			}
			// The loader names each of these keys too: the schema
			// flags nothing redress would read.
			_, lerr := Load(f, Options{})
			var loaderPaths []string
			for _, p := range problemsOf(t, lerr) {
				loaderPaths = append(loaderPaths, p.Path)
			}
			for _, p := range got {
				if !slices.Contains(loaderPaths, p) {
					t.Errorf("the schema rejects %s, the loader does not (it names %v)", p, loaderPaths)
				}
			}
		})
	}
}

// schemaMinimal returns testdata/minimal.yaml as a JSON value to change.
func schemaMinimal(t *testing.T) map[string]any {
	t.Helper()
	data, err := os.ReadFile("testdata/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := yaml.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// schemaSetPath sets (or, with del, removes) the value at a key path such as
// claimants[0].address.zip, creating the mappings on the way.
func schemaSetPath(t *testing.T, m map[string]any, path string, v any, del bool) {
	t.Helper()
	var cur any = m
	keys := strings.Split(strings.NewReplacer("[", ".[", "]", "").Replace(path), ".")
	for i, k := range keys {
		last := i == len(keys)-1
		switch c := cur.(type) {
		case map[string]any:
			if last {
				if del {
					delete(c, k)
				} else {
					c[k] = v
				}
				return
			}
			if _, ok := c[k]; !ok {
				c[k] = map[string]any{}
			}
			cur = c[k]
		case []any:
			n, err := strconv.Atoi(strings.TrimPrefix(k, "["))
			if err != nil || n >= len(c) || last {
				t.Fatalf("schemaSetPath %s: cannot set list item %s", path, k)
			}
			cur = c[n]
		default:
			t.Fatalf("schemaSetPath %s: %s is not a mapping", path, strings.Join(keys[:i], "."))
		}
	}
}

// schemaJudge returns the key paths the schema and the loader each reject in
// the case m, written as JSON.
func schemaJudge(t *testing.T, sch *jsonschema.Schema, m map[string]any) (schema, loader []string) {
	t.Helper()
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	schema = schemaProblems(t, sch, schemaInstance(t, "case.json", data))
	if _, err := LoadBytes("case.json", data, "json", Options{}); err != nil {
		for _, p := range problemsOf(t, err) {
			loader = append(loader, p.Path)
		}
	}
	return schema, loader
}

// The schema and the loader agree, value by value, on what each kind of
// key takes: what one accepts the other accepts, and what one rejects the
// other rejects at the same key. Each value is set in the minimal case.
func TestSchemaAgreesWithTheLoader(t *testing.T) {
	sch := compiledSchema(t)
	tests := []struct {
		path string
		val  any // a JSON value; json.Number for an exact number
		ok   bool
		at   string // the key both reject, if not path
	}{
		{"schema", json.Number("1"), true, ""},
		{"schema", json.Number("2"), false, ""},
		{"schema", "1", false, ""},
		{"matter.id", "LIRC-2026.0142_a", true, ""},
		{"matter.id", "-x", false, ""},
		{"matter.id", "a b", false, ""},
		{"matter.id", strings.Repeat("a", 64), true, ""},
		{"matter.id", strings.Repeat("a", 65), false, ""},
		{"matter.as_of", nil, true, ""},
		{"matter.as_of", "2028-02-29", true, ""},
		{"matter.as_of", "2026-04-31", false, ""},
		{"matter.as_of", "2026-4-3", false, ""},
		{"matter.as_of", "", false, ""},
		{"matter.as_of", "2026-11-27T10:00:00Z", false, ""},
		{"firm.name", "", false, ""},
		{"firm.name", "Smith & <Sons>", true, ""},
		{"firm.phone", json.Number("3125550142"), false, ""},
		{"firm.adress", map[string]any{"city": "Chicago"}, false, ""},
		{"firm.address.zip", "", true, ""},
		{"firm.address.zip", "60610-1234", true, ""},
		{"firm.address", nil, true, ""},
		{"claimants[0].name", "Nguyễn Văn Ân", true, ""},
		{"claimants[0].name", nil, false, ""},
		{"claimants[0].address.zip", "00601", true, ""},
		{"claimants[0].address.zip", "6062", false, ""},
		{"claimants[0].address.zip", "60622 1234", false, ""},
		{"claimants[0].address.zip", json.Number("60622"), false, ""},
		{"claimants[0].address.zip", "", false, ""},
		{"claimants[0].address.street", "", false, ""},
		{"claimants[0].employment", "military", true, ""},
		{"claimants[0].employment", "", true, ""},
		{"claimants[0].employment", "Military", false, ""},
		{"claimants[0].language", "es-MX", true, ""},
		{"claimants[0].language", "zh-Hant", true, ""},
		{"claimants[0].language", "quc", true, ""},
		{"claimants[0].language", "Spanish", false, ""},
		{"claimants[0].language", "ES", false, ""},
		{"claimants[0].minor", false, true, ""},
		{"claimants[0].minor", "yes", false, ""},
		{"claimants[0].representative", nil, true, ""},
		{"claimants[0].representative.address.zip", "", true, ""},
		{"claimants[0].representative.address.zip", "1234", false, ""},
		{"claimants[0].damages.property", json.Number("1850.5"), true, ""},
		{"claimants[0].damages.property", json.Number("0"), true, ""},
		{"claimants[0].damages.property", json.Number("0.07"), true, ""},
		{"claimants[0].damages.property", "$1,850.50", true, ""},
		{"claimants[0].damages.property", "$ 12", true, ""},
		{"claimants[0].damages.property", "150000", true, ""},
		{"claimants[0].damages.property", json.Number("-5"), false, ""},
		{"claimants[0].damages.property", "-5", false, ""},
		{"claimants[0].damages.property", "10.005", false, ""},
		{"claimants[0].damages.property", json.Number("87500"), true, ""},
		{"claimants[0].damages.property", json.Number("2315.40"), true, ""},
		{"claimants[0].damages.property", "1,85", false, ""},
		{"claimants[0].damages.property", "12.", false, ""},
		{"claimants[0].damages.property", json.Number("10000000000000"), false, ""},
		{"claimants[0].damages.property", true, false, ""},
		{"claimants[0].insurance.deductible", json.Number("250"), true, ""},
		{"claimants[0].ftca.presented_on", "2025-09-02", true, ""},
		{"claimants[0].ftca.accrued_on", "2025-03-14", false, ""}, // the case's only
		{"claimants", []any{}, false, ""},
		{"incident.time", "06:40", true, ""},
		{"incident.time", "18:05", true, ""},
		{"incident.time", "6:40 PM", true, ""},
		{"incident.time", "6:40pm", true, ""},
		{"incident.time", "12:00 a.m.", true, ""},
		{"incident.time", "6:40", false, ""},
		{"incident.time", "25:61", false, ""},
		{"incident.time", "13:00 PM", false, ""},
		{"incident.time", "", false, ""},
		{"incident.date", nil, false, ""},
		{"incident.state", "PR", true, ""},
		{"incident.state", "MP", true, ""},
		{"incident.state", "DC", true, ""},
		{"incident.state", "Illinois", false, ""},
		{"incident.state", "il", false, ""},
		{"incident.agency", "", false, ""},
		{"incident.facts", []any{"She was stopped."}, true, ""},
		{"incident.facts", []any{}, true, ""},
		{"incident.facts", "She was stopped.", false, ""},
		{"incident.witnesses", []any{map[string]any{"name": "Zoë O'Brien"}}, true, ""},
		{"incident.witnesses", []any{map[string]any{"nmae": "Zoë O'Brien"}}, false, "incident.witnesses[0].nmae"},
		{"ftca.agency_office.address", []any{"500 12th Street, SW", "Washington, DC 20536"}, true, ""},
		{"complaint.jury_demand", "true", false, ""},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s=%v", tt.path, tt.val), func(t *testing.T) {
			m := schemaMinimal(t)
			schemaSetPath(t, m, tt.path, tt.val, false)
			schema, loader := schemaJudge(t, sch, m)
			at := tt.path
			if tt.at != "" {
				at = tt.at
			}
			switch {
			case tt.ok && (len(schema) > 0 || len(loader) > 0):
				t.Errorf("want accepted; the schema rejects %v, the loader %v", schema, loader)
			case !tt.ok && !slices.Equal(schema, []string{at}):
				t.Errorf("want the schema to reject %s alone; it rejects %v", at, schema)
			case !tt.ok && !slices.Contains(loader, at):
				t.Errorf("want the loader to reject %s; it rejects %v", at, loader)
			}
		})
	}
}

// The schema's limits, stated: what it lets through, the loader stops.
// An amount written as a number with three decimals: no keyword says "at
// most two decimals" of a number in a way every editor computes right
// (jsonschema.go). 29 February of a year without one: a pattern cannot
// know leap years. And a TOML time is a value of its own, written with
// seconds (06:40:00), which the loader reads when the seconds are zero;
// an editor sees the text, which the schema's HH:MM does not match (in
// YAML and JSON the loader rejects the seconds too).
func TestSchemaLimits(t *testing.T) {
	sch := compiledSchema(t)
	for _, c := range []struct {
		path string
		val  any
	}{
		{"claimants[0].damages.property", json.Number("10.005")},
		{"matter.as_of", "2026-02-29"},
	} {
		m := schemaMinimal(t)
		schemaSetPath(t, m, c.path, c.val, false)
		schema, loader := schemaJudge(t, sch, m)
		if len(schema) != 0 || !slices.Equal(loader, []string{c.path}) {
			t.Errorf("%s: %v: schema %v, loader %v; if the schema now rejects it, change this test and the note in jsonschema.go", c.path, c.val, schema, loader)
		}
	}
	data, err := os.ReadFile("testdata/full.toml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte("time = 06:40:00")) {
		t.Fatal("testdata/full.toml no longer has the TOML time this test is about")
	}
	if _, err := Load("testdata/full.toml", Options{}); err != nil {
		t.Fatal(err)
	}
	if got := schemaProblems(t, sch, schemaInstance(t, "full.toml", data)); !slices.Equal(got, []string{"incident.time"}) {
		t.Errorf("full.toml: the schema rejects %v, want only the TOML time incident.time", got)
	}
}

// The schema requires what the loader requires, no more and no less.
// testdata/minimal.yaml holds exactly the keys the loader requires: both
// accept it (so the schema requires nothing it lacks), and without any
// one of its values, both name that key (so the schema requires each).
func TestSchemaRequiresWhatTheLoaderRequires(t *testing.T) {
	sch := compiledSchema(t)
	if schema, loader := schemaJudge(t, sch, schemaMinimal(t)); len(schema)+len(loader) > 0 {
		t.Fatalf("the minimal case: the schema rejects %v, the loader %v", schema, loader)
	}
	var paths []string
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, val := range v {
				walk(joinPath(path, k), val)
			}
		case []any:
			paths = append(paths, path)
			walk(path+"[0]", v[0])
		default:
			paths = append(paths, path)
		}
	}
	walk("", schemaMinimal(t))
	slices.Sort(paths)
	if len(paths) != 13 {
		t.Errorf("the minimal case has %d values, want 13: %v", len(paths), paths)
	}
	for _, path := range paths {
		m := schemaMinimal(t)
		schemaSetPath(t, m, path, nil, true)
		schema, loader := schemaJudge(t, sch, m)
		if !slices.Equal(schema, []string{path}) {
			t.Errorf("without %s, the schema rejects %v", path, schema)
		}
		if !slices.Contains(loader, path) {
			t.Errorf("without %s, the loader rejects %v; is the key required (validate.go)?", path, loader)
		}
	}
}

// Every key has a description for the editor to show, and every
// description is of a key that exists.
func TestSchemaDescribesEveryKey(t *testing.T) {
	used := map[string]bool{}
	var walk func(path string, t reflect.Type)
	walk = func(path string, typ reflect.Type) {
		si := infoOf(typ)
		for _, k := range si.keys {
			p, typeKey := joinPath(path, k), typ.Name()+"."+k
			switch {
			case keyDescriptions[p] != "":
				used[p] = true
			case keyDescriptions[typeKey] != "":
				used[typeKey] = true
			default:
				t.Errorf("%s has no description in keyDescriptions", p)
			}
			ft := typ.Field(si.field[k]).Type
			switch {
			case ft.Kind() == reflect.Struct && !isScalar(ft):
				walk(p, ft)
			case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
				walk(p+"[n]", ft.Elem())
			}
		}
	}
	walk("", reflect.TypeFor[Case]())
	for k := range keyDescriptions {
		if !used[k] {
			t.Errorf("keyDescriptions[%q] describes no key", k)
		}
	}
	// And the descriptions reach the schema.
	var root map[string]any
	if err := json.Unmarshal(JSONSchema(), &root); err != nil {
		t.Fatal(err)
	}
	zip := root["properties"].(map[string]any)["firm"].(map[string]any)["properties"].(map[string]any)["address"].(map[string]any)["properties"].(map[string]any)["zip"].(map[string]any)
	if zip["description"] != keyDescriptions["Address.zip"] {
		t.Errorf("firm.address.zip is described %q", zip["description"])
	}
}

// The schema is the same bytes every time: the USPS codes come from a
// map, whose order Go varies from run to run.
func TestSchemaIsDeterministic(t *testing.T) {
	first := JSONSchema()
	for range 20 {
		if !bytes.Equal(buildJSONSchema(), first) {
			t.Fatal("two runs gave different schemas")
		}
	}
}
