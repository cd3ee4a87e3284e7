package assemble

import (
	"reflect"
	"strings"
	"testing"
	"text/template"
)

// The types below stand in for a case: a struct with value and pointer
// methods, nested structs, slices, maps and an interface field.

type ckDamages struct{ Property, Injury int }

func (d ckDamages) Total() int { return d.Property + d.Injury }

type ckPerson struct {
	Name    string
	Damages ckDamages
	Rep     *ckPerson
	Tags    []string
	Extra   map[string]string
	Any     any
	hidden  string
}

func (p ckPerson) IsMinor() bool                  { return false }
func (p *ckPerson) Describe(prefix string) string { return prefix + p.Name + p.hidden }

type ckData struct {
	Claimant ckPerson
	People   []ckPerson
	ByName   map[string]ckPerson
	Count    int
}

var ckFuncs = FuncTypes(template.FuncMap{
	"find":     func(string) *ckPerson { return nil },
	"anything": func() any { return nil },
	"upper":    strings.ToUpper,
	"money":    func(int) string { return "" },
}, "letterhead")

func check(t *testing.T, src string) []FieldProblem {
	t.Helper()
	return Check("letter/en.md", []byte(src), reflect.TypeOf(ckData{}), ckFuncs)
}

func wantNone(t *testing.T, src string) {
	t.Helper()
	if ps := check(t, src); len(ps) > 0 {
		t.Errorf("false alarm on a correct template:\n%s\n%v", src, ps)
	}
}

// wantOne checks that src has exactly one problem, at line:col, whose
// message has every one of wants.
func wantOne(t *testing.T, src string, line, col int, wants ...string) {
	t.Helper()
	ps := check(t, src)
	if len(ps) != 1 {
		t.Fatalf("want 1 problem in\n%s\ngot %d: %v", src, len(ps), ps)
	}
	p := ps[0]
	if p.Line != line || (col > 0 && p.Col != col) {
		t.Errorf("problem at %d:%d, want %d:%d (%s)", p.Line, p.Col, line, col, p.Message)
	}
	for _, w := range wants {
		if !strings.Contains(p.Message, w) {
			t.Errorf("message %q lacks %q", p.Message, w)
		}
	}
}

func TestCheckAcceptsCorrectTemplate(t *testing.T) {
	wantNone(t, `{{- $c := .Claimant -}}
{{ letterhead }}
{{ $c.Name }} {{ .Claimant.Damages.Total }} {{ money $c.Damages.Total }}
{{ if $c.IsMinor }}{{ $c.Rep.Name }}{{ end }}
{{ with $c.Rep }}{{ .Name }}{{ .Describe "x" }}{{ else }}{{ .Count }}{{ end }}
{{ range $i, $p := .People }}{{ $i }}{{ $p.Name }}{{ .Damages.Property }}{{ $.Count }}{{ end }}
{{ range .Claimant.Tags }}{{ upper . }}{{ len . }}{{ end }}
{{ with find "x" }}{{ .Name }}{{ end }}
{{ (find "y").Damages.Injury }}
{{ .ByName.anyone.Name }}{{ index .ByName "a" | printf "%v" }}{{ (index .People 0).Name }}
{{ $c.Any.Whatever.Goes }}{{ (anything).Nothing.Checked }}
{{ $x := .Claimant }}{{ if .Count }}{{ $x = .Count }}{{ end }}{{ $x.Unknowable }}
{{ $s := "a" }}{{ $s = printf "%s!" $s }}{{ slice $s 0 1 }}
{{ $n := and .Count .Count }}{{ eq $n 1 }}{{ range 3 }}{{ . }}{{ end }}
{{ define "who" }}{{ .Name }}{{ end }}{{ template "who" $c }}{{ template "who" (index .People 0) }}
`)
}

func TestCheckFieldTypo(t *testing.T) {
	// "{{ .Claimant." is 13 bytes: .Nmae starts at column 13.
	wantOne(t, "\n{{ .Claimant.Nmae }}", 2, 13, ".Claimant.Nmae", "Nmae", "did you mean Name?")
	wantOne(t, "{{ .Claimnt.Name }}", 1, 4, ".Claimnt", "did you mean Claimant?")
}

func TestCheckVariableChainTypo(t *testing.T) {
	// "{{ $c.Damages." is 14 bytes: .Totl starts at column 14.
	wantOne(t, "{{- $c := .Claimant -}}\n\n{{ $c.Damages.Totl }}", 3, 14, "$c.Damages.Totl", "did you mean Total?")
}

func TestCheckDotInsideRangeWithAndFunctions(t *testing.T) {
	wantOne(t, "{{ range .People }}\n{{ .Damages.Injuri }}{{ end }}", 2, 0, "Injuri", "did you mean Injury?")
	wantOne(t, "{{ range $i, $p := .People }}{{ $p.Nme }}{{ end }}", 1, 0, "$p.Nme", "Name")
	wantOne(t, "{{ with .Claimant.Rep }}{{ .Rep.Nam }}{{ end }}", 1, 0, "Nam", "Name")
	wantOne(t, `{{ with find "x" }}{{ .Damages.Totla }}{{ end }}`, 1, 0, "Totla", "Total")
	wantOne(t, `{{ (find "x").Nmae }}`, 1, 0, "Nmae", "Name")
	wantOne(t, "{{ $.Claimant.Tagz }}", 1, 0, "$.Claimant.Tagz", "Tags")
}

func TestCheckNamedTemplateGetsCallersType(t *testing.T) {
	src := "{{ define \"who\" }}\n{{ .Nmae }}{{ end }}{{ template \"who\" .Claimant }}"
	wantOne(t, src, 2, 0, "Nmae", "Name")
	wantOne(t, `{{ template "nobody" . }}`, 1, 0, `no template named "nobody"`)
}

func TestCheckMethodsAndUnexported(t *testing.T) {
	wantOne(t, "{{ .Claimant.Describe }}", 1, 0, "Describe", "needs 1 argument")
	wantOne(t, "{{ .Claimant.IsMinor 1 }}", 1, 0, "IsMinor", "takes no arguments")
	wantOne(t, "{{ .Claimant.hidden }}", 1, 0, "unexported")
	wantOne(t, "{{ .Count.Value }}", 1, 0, "int has no field or method Value")
}

func TestCheckFunctionsAndSyntax(t *testing.T) {
	wantOne(t, "\n\n{{ mony .Count }}", 3, 4, `function "mony" not defined`, "did you mean money?")
	wantOne(t, "line\n{{ .Count ) }}\n{{ .Nope }}", 2, 0, "syntax", "unexpected right paren")
	wantOne(t, "line\n{{ if .Count }}\nno end", 3, 0, "syntax", "unexpected EOF")
	// A syntax error after front matter names the file's own line.
	ps := check(t, "---\ntitle: x\n---\n{{ .Claimant.Name }\n")
	if len(ps) != 1 || ps[0].Line != 4 {
		t.Errorf("want one syntax problem on line 4, got %v", ps)
	}
}

func TestCheckReportsEveryProblem(t *testing.T) {
	ps := check(t, "{{ .Nope }}\n{{ dat 1 }}\n{{ .Claimant.Nmae }}{{ .Claimant.Damages.Totl }}\n")
	if len(ps) != 4 {
		t.Fatalf("want 4 problems, got %v", ps)
	}
	for i, line := range []int{1, 2, 3, 3} {
		if ps[i].Line != line {
			t.Errorf("problem %d on line %d, want %d: %v", i, ps[i].Line, line, ps[i])
		}
	}
}

// A variable that a range body assigns may hold the new type on the next
// iteration: it is not checked as the old one.
func TestCheckRangeAssignmentNoFalseAlarm(t *testing.T) {
	wantNone(t, "{{ $x := .Claimant }}{{ range .People }}{{ $x.Name }}{{ $x = 1 }}{{ end }}")
}

// CheckFields also works on a template as Parse returns it for the engine
// (with lit appended to every printing action).
func TestCheckFieldsOnEngineParse(t *testing.T) {
	tmpl, err := Parse("letter/en.md", []byte("{{ letterhead }}\n{{ money .Claimant.Damages.Totl }}"), []string{"letterhead", "money"})
	if err != nil {
		t.Fatal(err)
	}
	ps := CheckFields(tmpl, reflect.TypeOf(ckData{}), ckFuncs)
	if len(ps) != 1 || ps[0].Line != 2 || !strings.Contains(ps[0].Message, "Total") {
		t.Errorf("got %v", ps)
	}
	// An unknown dot type checks nothing about dot.
	if ps := CheckFields(tmpl, nil, ckFuncs); len(ps) != 0 {
		t.Errorf("unknown dot: got %v", ps)
	}
}

func TestSuggestName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Nmae", "Name"}, {"claimant", "Claimant"}, {"Totl", "Total"}, {"Xyzzy", ""},
	} {
		if got := suggestName(tc.in, []string{"Name", "Claimant", "Total", "Tags"}); got != tc.want {
			t.Errorf("suggestName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
