package settings

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"redress/internal/casefile"
)

// folders makes a working folder two levels below a temporary root, and
// an empty user config folder beside it; nothing of the real user's is
// read.
func folders(t *testing.T) (root, work, config string) {
	t.Helper()
	root = t.TempDir()
	work = filepath.Join(root, "office", "cases", "2026")
	config = filepath.Join(root, "home", ".config")
	for _, d := range []string{work, config} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return root, work, config
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// env is an injected environment.
func env(vars map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) {
		v, ok := vars[k]
		return v, ok
	}
}

// shown is every effective value as 'redress config' prints it.
func shown(s *Settings) string {
	var lines []string
	for _, v := range s.Values() {
		lines = append(lines, v.Key+" = "+v.Text+" ("+v.From.String()+")")
	}
	return strings.Join(lines, "\n")
}

func mustResolve(t *testing.T, in Inputs) *Settings {
	t.Helper()
	s, err := Resolve(in)
	if err != nil {
		t.Fatalf("Resolve: %v", err)
	}
	return s
}

// officeFile is a settings file; its line numbers are counted by hand in
// the tests.
const officeFile = `# Lakeshore's settings
firm:
  name: Lakeshore Legal Aid
  phone: (312) 555-0100
court:
  district: Northern District of Illinois
templates: office-templates
out: drafts
formats: [pdf]
language: es
`

func TestDefaults(t *testing.T) {
	_, work, config := folders(t)
	s := mustResolve(t, Inputs{WorkDir: work, ConfigDir: config, Env: env(nil)})
	want := "templates =  (default)\nout = out (default)\nformats = pdf,docx (default)\nlanguage = en (default)"
	if got := shown(s); got != want {
		t.Errorf("defaults:\n%s\nwant:\n%s", got, want)
	}
	if s.File != "" || len(s.Found) != 0 || s.Office != nil {
		t.Errorf("no file was written, yet File %q, Found %v", s.File, s.Found)
	}
	if s.Templates != "" || s.Out != "out" || len(s.Formats) != 2 || s.Language != "en" {
		t.Errorf("fields: %+v", s)
	}
	if d := s.Defaults(); d.Office != nil || d.Language != "en" {
		t.Errorf("Defaults: %+v", d)
	}
}

// The settings file in a parent of the working folder: its values, with
// its name and line; a relative templates folder is the file's folder's;
// out, relative, stays relative to the working folder.
func TestFileLayer(t *testing.T) {
	root, work, config := folders(t)
	file := filepath.Join(root, "office", "redress.yaml")
	write(t, file, officeFile)
	s := mustResolve(t, Inputs{WorkDir: work, ConfigDir: config, Env: env(nil)})
	want := strings.Join([]string{
		"templates = " + filepath.Join(root, "office", "office-templates") + " (" + file + ":7)",
		"out = drafts (" + file + ":8)",
		"formats = pdf (" + file + ":9)",
		"language = es (" + file + ":10)",
		"firm.name = Lakeshore Legal Aid (" + file + ":3)",
		"firm.phone = (312) 555-0100 (" + file + ":4)",
		"court.district = Northern District of Illinois (" + file + ":6)",
	}, "\n")
	if got := shown(s); got != want {
		t.Errorf("from the file:\n%s\nwant:\n%s", got, want)
	}
	if s.File != file || len(s.Found) != 1 || s.Out != "drafts" || len(s.Formats) != 1 || s.Formats[0].Name != "pdf" {
		t.Errorf("File %q, Found %v, Out %q, Formats %v", s.File, s.Found, s.Out, s.Formats)
	}
	d := s.Defaults()
	if d.Office == nil || strings.Join(d.Office.Blocks(), ",") != "firm,court" || d.Language != "es" {
		t.Errorf("Defaults: %+v", d)
	}

	// Named relative to a relative working folder, as the user would.
	t.Chdir(work)
	s = mustResolve(t, Inputs{WorkDir: ".", Env: env(nil)})
	if s.File != filepath.Join("..", "..", "redress.yaml") || s.Get("formats").From.String() != filepath.Join("..", "..", "redress.yaml")+":9" {
		t.Errorf("relative: File %q, formats from %s", s.File, s.Get("formats").From)
	}
	if s.Templates != filepath.Join("..", "..", "office-templates") {
		t.Errorf("relative: templates %q", s.Templates)
	}
}

// The user's config folder is looked in after the working folder and its
// parents; the nearer file is the one read, and the two are not mixed.
func TestConfigDirLayer(t *testing.T) {
	root, work, config := folders(t)
	user := filepath.Join(config, "redress", "redress.yaml")
	write(t, user, "out: /srv/drafts\nlanguage: vi\n")
	s := mustResolve(t, Inputs{WorkDir: work, ConfigDir: config, Env: env(nil)})
	if s.File != user || s.Out != "/srv/drafts" || s.Get("out").From.String() != user+":1" || s.Language != "vi" {
		t.Errorf("from the config folder: File %q\n%s", s.File, shown(s))
	}

	near := filepath.Join(root, "office", "cases", "redress.yaml")
	write(t, near, "formats: docx\n")
	s = mustResolve(t, Inputs{WorkDir: work, ConfigDir: config, Env: env(nil)})
	if s.File != near || strings.Join(s.Found, ",") != near+","+user {
		t.Errorf("File %q, Found %v; want the nearer file first", s.File, s.Found)
	}
	if s.Out != "out" || s.Get("out").From.Layer != Default || s.Language != "en" || s.Formats[0].Name != "docx" {
		t.Errorf("the user's file was mixed in:\n%s", shown(s))
	}

	// Neither folder given: nothing is searched.
	if s := mustResolve(t, Inputs{}); s.File != "" || len(s.Found) != 0 {
		t.Errorf("no folders: found %v", s.Found)
	}
}

// REDRESS_ variables win over the file; a relative folder from the
// environment is the working folder's; an empty variable is no value; a
// variable that overrides a firm value shows over the file's.
func TestEnvLayer(t *testing.T) {
	root, work, config := folders(t)
	file := filepath.Join(root, "office", "redress.yaml")
	write(t, file, officeFile)
	s := mustResolve(t, Inputs{WorkDir: work, ConfigDir: config, Env: env(map[string]string{
		"REDRESS_TEMPLATES":  "my-templates",
		"REDRESS_FORMATS":    "docx,pdf",
		"REDRESS_OUT":        "",
		"REDRESS_FIRM_PHONE": "(312) 555-0199",
		"REDRESS_FIRM_EMAIL": "intake@example.org",
	})})
	want := strings.Join([]string{
		"templates = my-templates (REDRESS_TEMPLATES)",
		"out = drafts (" + file + ":8)",
		"formats = docx,pdf (REDRESS_FORMATS)",
		"language = es (" + file + ":10)",
		"firm.name = Lakeshore Legal Aid (" + file + ":3)",
		"firm.phone = (312) 555-0199 (REDRESS_FIRM_PHONE)",
		"court.district = Northern District of Illinois (" + file + ":6)",
		"firm.email = intake@example.org (REDRESS_FIRM_EMAIL)",
	}, "\n")
	if got := shown(s); got != want {
		t.Errorf("with the environment:\n%s\nwant:\n%s", got, want)
	}
	if s.Templates != "my-templates" || len(s.Formats) != 2 || s.Formats[0].Name != "docx" {
		t.Errorf("Templates %q, Formats %v", s.Templates, s.Formats)
	}
}

// Flags win over the variables; an empty flag is no value.
func TestFlagLayer(t *testing.T) {
	_, work, config := folders(t)
	s := mustResolve(t, Inputs{WorkDir: work, ConfigDir: config,
		Env:   env(map[string]string{"REDRESS_FORMATS": "docx", "REDRESS_OUT": "env-out"}),
		Flags: map[string]string{"format": "pdf", "templates": "flag-templates", "out": ""}})
	want := "templates = flag-templates (--templates)\nout = env-out (REDRESS_OUT)\nformats = pdf (--format)\nlanguage = en (default)"
	if got := shown(s); got != want {
		t.Errorf("with flags:\n%s\nwant:\n%s", got, want)
	}
}

// All four layers at once: for each setting the highest layer that gives
// it wins, and says so.
func TestAllFourLayers(t *testing.T) {
	root, work, config := folders(t)
	file := filepath.Join(root, "office", "redress.yaml")
	write(t, file, "templates: office-templates\nout: file-out\nformats: docx\nlanguage: es\n")
	s := mustResolve(t, Inputs{WorkDir: work, ConfigDir: config,
		Env:   env(map[string]string{"REDRESS_OUT": "env-out", "REDRESS_FORMATS": "docx", "REDRESS_LANGUAGE": "vi"}),
		Flags: map[string]string{"format": "pdf,docx"}})
	want := strings.Join([]string{
		"templates = " + filepath.Join(root, "office", "office-templates") + " (" + file + ":1)",
		"out = env-out (REDRESS_OUT)",
		"formats = pdf,docx (--format)",
		"language = vi (REDRESS_LANGUAGE)",
	}, "\n")
	if got := shown(s); got != want {
		t.Errorf("four layers:\n%s\nwant:\n%s", got, want)
	}
	if s.Out != "env-out" || s.Language != "vi" || len(s.Formats) != 2 {
		t.Errorf("fields: Out %q, Language %q, Formats %v", s.Out, s.Language, s.Formats)
	}
	// Take the flag away: the variable is next; then the file; then the
	// built-in.
	for _, step := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"REDRESS_FORMATS": "docx"}, "docx (REDRESS_FORMATS)"},
		{nil, "docx (" + file + ":3)"},
	} {
		s := mustResolve(t, Inputs{WorkDir: work, ConfigDir: config, Env: env(step.env)})
		if v := s.Get("formats"); v.Text+" ("+v.From.String()+")" != step.want {
			t.Errorf("formats = %s (%s), want %s", v.Text, v.From, step.want)
		}
	}
	os.Remove(file)
	if v := mustResolve(t, Inputs{WorkDir: work, ConfigDir: config}).Get("formats"); v.Text != "pdf,docx" || v.From.Layer != Default {
		t.Errorf("formats = %s (%s), want the built-in", v.Text, v.From)
	}
}

// Every problem of the file and of the variables at once, each where its
// value came from; a bad flag first, alone, as a usage error.
func TestProblems(t *testing.T) {
	root, work, config := folders(t)
	file := filepath.Join(root, "office", "redress.yaml")
	write(t, file, "firm:\n  nmae: Lakeshore\nformats: [pdf, pfd]\nlanguage: Spanish\nout: \"\"\ntempaltes: x\n")
	_, err := Resolve(Inputs{WorkDir: work, ConfigDir: config, Env: env(map[string]string{"REDRESS_FORMATS": "pdf,odt"})})
	want := []string{
		"environment: formats: REDRESS_FORMATS: unknown format \"odt\": use pdf, docx or pdf,docx",
		file + ":2:3: firm.nmae: unknown key \"nmae\"; did you mean name?",
		file + ":4:11: language: \"Spanish\" is the name of a language; write its code, es",
		file + ":5:6: out: is empty; give a folder, or leave the key out for the built-in value",
		file + ":6:1: tempaltes: unknown key \"tempaltes\"; did you mean templates?",
	}
	var probs casefile.Problems
	if !errors.As(err, &probs) || probs.Error() != strings.Join(want, "\n") {
		t.Errorf("problems:\n%v\nwant:\n%s", err, strings.Join(want, "\n"))
	}

	// The file's formats, once the variable no longer hides it.
	_, err = Resolve(Inputs{WorkDir: work, ConfigDir: config})
	if !strings.Contains(errString(err), file+":3:10: formats: unknown format \"pfd\"") {
		t.Errorf("the file's formats:\n%v", err)
	}

	_, err = Resolve(Inputs{WorkDir: work, ConfigDir: config, Flags: map[string]string{"format": "pdff"}})
	var fe *FlagError
	if !errors.As(err, &fe) || err.Error() != `--format: unknown format "pdff": use pdf, docx or pdf,docx` {
		t.Errorf("a bad flag: %v", err)
	}
}

func TestUnreadableFile(t *testing.T) {
	root, work, _ := folders(t)
	file := filepath.Join(root, "office", "redress.yaml")
	write(t, file, "out: x\n")
	os.Chmod(file, 0)
	defer os.Chmod(file, 0o644)
	if _, err := os.ReadFile(file); err == nil {
		t.Skip("running as a user who reads every file: the unreadable file cannot be tested")
	}
	_, err := Resolve(Inputs{WorkDir: work})
	var re *casefile.ReadError
	if !errors.As(err, &re) || re.Path != file || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("an unreadable settings file: %v", err)
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// The firm block is checked as it will be used: a missing name and a
// missing logo at the settings file's lines, relative paths from its
// folder.
func TestOfficeChecked(t *testing.T) {
	root, work, _ := folders(t)
	file := filepath.Join(root, "office", "redress.yaml")
	write(t, file, "firm:\n  phone: (312) 555-0100\n  logo: logo.png\n")
	_, err := Resolve(Inputs{WorkDir: work})
	want := file + ":2:3: firm.name: required: the name of the firm or clinic preparing the documents\n" +
		file + ":3:9: firm.logo: there is no file " + filepath.Join(root, "office", "logo.png") + "; check the path (a relative path is read from the settings file's folder)"
	if errString(err) != want {
		t.Errorf("problems:\n%v\nwant:\n%s", err, want)
	}
}

func TestFindSkipsFolders(t *testing.T) {
	root, work, _ := folders(t)
	if err := os.MkdirAll(filepath.Join(work, FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(root, FileName), "out: x\n")
	if got := Find(work, ""); len(got) != 1 || got[0] != filepath.Join(root, FileName) {
		t.Errorf("Find = %v; a folder named %s is not a settings file", got, FileName)
	}
}
