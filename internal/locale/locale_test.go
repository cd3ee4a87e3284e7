package locale

import (
	"strings"
	"testing"
	"testing/fstest"

	"redress/internal/civil"
	"redress/internal/money"
	"redress/templates"
)

func TestEnglishFromTheBuiltIns(t *testing.T) {
	l, err := Load(templates.FS, "en")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		d    civil.Date
		want string
	}{
		{civil.Date{Year: 2027, Month: 3, Day: 14}, "March 14, 2027"},
		{civil.Date{Year: 2028, Month: 2, Day: 29}, "February 29, 2028"},
		{civil.Date{}, ""},
	} {
		if got := l.Date(c.d); got != c.want {
			t.Errorf("Date(%v) = %q, want %q", c.d, got, c.want)
		}
		// The English format must agree with the one the legal documents
		// use, so a letter and a claim never write a date two ways.
		if got := l.Date(c.d); got != c.d.English() {
			t.Errorf("Date(%v) = %q, civil says %q", c.d, got, c.d.English())
		}
	}
	if got := l.Weekday(civil.Date{Year: 2027, Month: 3, Day: 14}); got != "Sunday" {
		t.Errorf("weekday of 2027-03-14 = %q", got)
	}
	for _, m := range []money.Money{0, 5, 185000, 123456789} {
		if got := l.Money(m); got != m.String() {
			t.Errorf("Money(%d) = %q, want %q", m, got, m.String())
		}
	}
	if got := l.Days(1) + "|" + l.Days(2) + "|" + l.Days(0); got != "1 day|2 days|0 days" {
		t.Errorf("Days = %q", got)
	}
	if got := l.Say("by_email", "email", "a&b@example.org"); got != "By email: a&b@example.org" {
		t.Errorf("Say = %q", got)
	}
	if got := l.Say("no_such_key"); got != "[no_such_key]" {
		t.Errorf("missing key = %q", got)
	}
	if l.Tag != "en-US" || l.Name != "English" {
		t.Errorf("tag %q name %q", l.Tag, l.Name)
	}
}

// testLang is a complete language file in a made-up layout: day first,
// dots for thousands, a comma for cents.
const testLang = `name: Test
tag: xx-US
date:
  format: "{weekday} {day}. {month} {year}"
  months: [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12]
  weekdays: [w0, w1, w2, w3, w4, w5, w6]
money:
  format: "{amount} {sign}USD"
  thousands: "."
  decimal: ","
words:
`

// fsWith is the built-ins' lang/en.yaml beside a test language whose words
// are English's own with edit applied.
func fsWith(t *testing.T, head string, edit func(words map[string]string)) fstest.MapFS {
	t.Helper()
	ref, err := Load(templates.FS, "en")
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{}
	for k, v := range ref.words {
		words[k] = v
	}
	edit(words)
	var b strings.Builder
	b.WriteString(head)
	for _, k := range sortedKeys(words) {
		b.WriteString("  " + k + ": " + quote(words[k]) + "\n")
	}
	en, err := templates.FS.ReadFile("lang/en.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return fstest.MapFS{"lang/en.yaml": {Data: en}, "lang/xx.yaml": {Data: []byte(b.String())}}
}

func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func TestAnotherLanguagesFormats(t *testing.T) {
	fsys := fsWith(t, testLang, func(map[string]string) {})
	l, err := Load(fsys, "xx")
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Date(civil.Date{Year: 2027, Month: 3, Day: 14}); got != "w0 14. m3 2027" {
		t.Errorf("Date = %q", got)
	}
	if got := l.Money(123456789); got != "1.234.567,89 USD" {
		t.Errorf("Money = %q", got)
	}
	if !Available(fsys, "xx") || Available(fsys, "yy") || Available(fsys, "../en") {
		t.Error("Available is wrong")
	}
}

func TestBrokenLanguageFiles(t *testing.T) {
	for _, c := range []struct {
		name string
		fsys fstest.MapFS
		want []string
	}{
		{"missing key", fsWith(t, testLang, func(w map[string]string) { delete(w, "closing") }), []string{"words.closing: missing"}},
		{"misspelt key", fsWith(t, testLang, func(w map[string]string) { w["closng"] = "x" }), []string{"words.closng: not a key"}},
		{"lost placeholder", fsWith(t, testLang, func(w map[string]string) { w["by_email"] = "Correo:" }),
			[]string{"words.by_email: has placeholders [], want [{email}]"}},
		{"renamed placeholder", fsWith(t, testLang, func(w map[string]string) { w["title"] = "Carta a {nombre}" }),
			[]string{"words.title: has placeholders [{nombre}], want [{name}]"}},
		{"bad formats", fsWith(t, strings.NewReplacer(`"{weekday} {day}. {month} {year}"`, `"{day} {month}"`,
			"m11, m12", "m11", `"{amount} {sign}USD"`, `"USD"`).Replace(testLang), func(map[string]string) {}),
			[]string{"date.format", "lacks {year}", "want 12 month names, have 11", "money.format"}},
		{"not YAML", fstest.MapFS{"lang/xx.yaml": {Data: []byte("name: [")}}, []string{"lang/xx.yaml"}},
		{"no file", fstest.MapFS{}, []string{"no lang/xx.yaml"}},
	} {
		_, err := Load(c.fsys, "xx")
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", c.name, err, w)
			}
		}
		if got := Check(c.fsys, "xx"); len(got) == 0 {
			t.Errorf("%s: Check finds nothing", c.name)
		}
	}
	if _, err := Load(templates.FS, "../etc/passwd"); err == nil {
		t.Error("a path as language code: no error")
	}
}
