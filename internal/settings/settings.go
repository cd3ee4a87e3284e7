package settings

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/viper"

	"redress/internal/casefile"
	"redress/internal/output"
)

// Inputs are everything the settings are resolved from. All of it is
// passed in, so that a test gives its own folders and environment and
// never reads the real user's.
type Inputs struct {
	// WorkDir is where the search for a settings file starts ("" searches
	// no working folder); the commands pass ".".
	WorkDir string
	// ConfigDir is the user's config folder (os.UserConfigDir); "" for
	// none.
	ConfigDir string
	// Env looks up an environment variable; nil reads none.
	Env func(string) (string, bool)
	// Flags are the flags the user set, by name without dashes (format,
	// out, templates: FlagNames), with their values. An empty value counts
	// as not set.
	Flags map[string]string
	// Case are the options the office's firm and court blocks are checked
	// with (casefile.Office.Check): files outside the settings file's
	// folder, the example 'redress init' writes.
	Case casefile.Options
}

// Layer is where a value came from, the later winning.
type Layer int

const (
	Default Layer = iota // built into redress
	File                 // the office settings file
	Env                  // an environment variable
	Flag                 // a flag on the command line
)

// Origin is where one effective value came from.
type Origin struct {
	Layer Layer
	// File and Line are the settings file and the value's line (File).
	File string
	Line int
	// Name is the variable (REDRESS_TEMPLATES) or the flag (--format).
	Name string
}

// String says where the value came from as 'redress config' prints it:
// default, redress.yaml:3, REDRESS_TEMPLATES, --format.
func (o Origin) String() string {
	switch o.Layer {
	case File:
		return fmt.Sprintf("%s:%d", o.File, o.Line)
	case Env, Flag:
		return o.Name
	}
	return "default"
}

// Value is one effective setting.
type Value struct {
	// Key is the setting (formats) or case-file key path (firm.name).
	Key string
	// Text is the value as given ("" for templates: the built-in ones).
	Text string
	From Origin
}

// Settings are the office's settings, resolved.
type Settings struct {
	// File is the settings file read, or "" when there is none; Found is
	// every settings file there is, nearest first (File is the first).
	File  string
	Found []string

	// Templates is the templates folder ("" for the built-in templates),
	// a relative one in the settings file read from the file's folder.
	Templates string
	// Out is the folder a matter's folder is made in, and a batch's.
	Out string
	// Formats are the formats to write.
	Formats []output.Format
	// Language is the language of a claimant the case file gives none.
	Language string
	// Office is the settings file's firm and court blocks and values;
	// nil without a file.
	Office *casefile.Office

	own    map[string]Value
	blocks []Value // the blocks' values as in effect: the file's, or a variable's
}

// FlagError is a flag with a value no setting takes (a usage error).
type FlagError struct {
	Flag string // --format
	Msg  string
}

func (e *FlagError) Error() string { return e.Flag + ": " + e.Msg }

// maxSize bounds a settings file, which is a few hundred bytes of text;
// the bound keeps a wrong file from being read into memory.
const maxSize = 1 << 20

// Resolve finds, reads and layers the settings. A flag with a bad value is
// a *FlagError, returned before anything is read; a settings file that
// cannot be read is a *casefile.ReadError; every problem in the settings
// file's values and in the variables' is returned at once, as
// casefile.Problems, at the file's line or against the variable.
func Resolve(in Inputs) (*Settings, error) {
	for _, k := range keys {
		if v := in.Flags[k.flag]; k.flag != "" && v != "" && k.check != nil {
			if msg := k.check(v); msg != "" {
				return nil, &FlagError{Flag: "--" + k.flag, Msg: msg}
			}
		}
	}
	s := &Settings{Found: Find(in.WorkDir, in.ConfigDir), own: map[string]Value{}}
	var probs casefile.Problems
	if len(s.Found) > 0 {
		s.File = s.Found[0]
		data, err := readFile(s.File)
		if err != nil {
			return nil, err
		}
		s.Office, err = casefile.ReadOffice(s.File, data, officeKeys())
		switch {
		case errors.As(err, &probs):
			// The own values that could be read are checked below, so
			// that every problem of the file is reported in one run.
		case err != nil:
			return nil, err
		default:
			probs = append(probs, s.Office.Check(in.Case)...)
		}
	}
	probs = append(probs, s.layer(in)...)
	s.blockValues(in.Env)
	if len(probs) > 0 {
		probs.Sort()
		return nil, probs
	}
	return s, nil
}

// readFile reads a settings file, at most maxSize+1 bytes (casefile
// reports a larger one).
func readFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err == nil {
		defer f.Close()
		var data []byte
		if data, err = io.ReadAll(io.LimitReader(f, maxSize+1)); err == nil {
			return data, nil
		}
	}
	msg := "cannot be read: " + err.Error()
	if errors.Is(err, fs.ErrPermission) {
		msg = "cannot be read: permission denied; make the office settings file readable, or move it away"
	}
	return nil, &casefile.ReadError{Path: name, Msg: msg, Err: err}
}

// layer resolves the office's own settings through viper and checks each
// effective value where it came from.
func (s *Settings) layer(in Inputs) casefile.Problems {
	v := viper.New()
	file := map[string]any{}
	var env envSet
	for _, k := range keys {
		v.SetDefault(k.name, k.def)
		if ov, ok := s.Office.Own(k.name); ok {
			file[k.name] = ov.Text
		}
		if in.Env != nil {
			val, ok := in.Env(EnvVar(k.name))
			env = append(env, envValue{key: k.name, value: val, set: ok && val != ""})
		}
		if val := in.Flags[k.flag]; k.flag != "" && val != "" {
			v.Set(k.name, val)
		}
	}
	var probs casefile.Problems
	if err := v.MergeConfigMap(file); err != nil {
		probs = append(probs, casefile.Problem{File: s.File, Msg: "internal error layering the settings (please report it): " + err.Error()})
	}
	if err := v.BindFlagValues(env); err != nil {
		probs = append(probs, casefile.Problem{File: "environment", Msg: "internal error layering the settings (please report it): " + err.Error()})
	}
	for _, k := range keys {
		val := Value{Key: k.name, Text: v.GetString(k.name), From: s.origin(k, in, v)}
		if msg := k.check(val.Text); msg != "" && val.From.Layer != Default {
			probs = append(probs, s.problem(val, msg))
			continue
		}
		if k.folder && val.From.Layer == File && val.Text != "" && !filepath.IsAbs(val.Text) {
			val.Text = filepath.Join(filepath.Dir(s.File), val.Text)
		}
		s.own[k.name] = val
	}
	if len(probs) > 0 {
		return probs
	}
	s.Templates = s.own["templates"].Text
	s.Out = s.own["out"].Text
	s.Formats, _ = output.ParseFormats(s.own["formats"].Text)
	s.Language = s.own["language"].Text
	return nil
}

// origin says which layer the effective value of a setting came from:
// the highest that holds one, which is the one viper returned.
func (s *Settings) origin(k key, in Inputs, v *viper.Viper) Origin {
	if k.flag != "" && in.Flags[k.flag] != "" {
		return Origin{Layer: Flag, Name: "--" + k.flag}
	}
	if in.Env != nil {
		if val, ok := in.Env(EnvVar(k.name)); ok && val != "" {
			return Origin{Layer: Env, Name: EnvVar(k.name)}
		}
	}
	if ov, ok := s.Office.Own(k.name); ok && v.InConfig(k.name) {
		return Origin{Layer: File, File: s.File, Line: ov.Pos.Line}
	}
	return Origin{Layer: Default}
}

// problem reports a bad value where it came from: at its line in the
// settings file, or against its variable (as casefile reports a bad
// override).
func (s *Settings) problem(val Value, msg string) casefile.Problem {
	switch val.From.Layer {
	case File:
		ov, _ := s.Office.Own(val.Key)
		return casefile.Problem{File: s.File, Pos: ov.Pos, Path: val.Key, Msg: msg}
	case Env:
		return casefile.Problem{File: "environment", Path: val.Key, Msg: val.From.Name + ": " + msg}
	}
	// A default or a flag was checked before.
	return casefile.Problem{File: "redress", Path: val.Key, Msg: "internal error: " + msg}
}

// blockValues records the values of the firm and court blocks as they
// are in effect for a case file that has no such block: the settings
// file's, each replaced by an environment variable that overrides it
// (REDRESS_FIRM_PHONE, which overrides a case file's too), and the
// variables that set a value the file does not give.
func (s *Settings) blockValues(lookup func(string) (string, bool)) {
	env := map[string]casefile.Override{}
	var order []casefile.Override
	for _, o := range casefile.EnvOverrides(lookup) {
		top, _, _ := strings.Cut(o.Path, ".")
		if top == "firm" || top == "court" {
			env[o.Path] = o
			order = append(order, o)
		}
	}
	for _, ov := range s.Office.Values() {
		if !strings.Contains(ov.Path, ".") {
			continue // one of the office's own settings
		}
		val := Value{Key: ov.Path, Text: ov.Text, From: Origin{Layer: File, File: s.File, Line: ov.Pos.Line}}
		if o, ok := env[ov.Path]; ok {
			val = Value{Key: o.Path, Text: o.Value, From: Origin{Layer: Env, Name: o.Var}}
			delete(env, ov.Path)
		}
		s.blocks = append(s.blocks, val)
	}
	for _, o := range order {
		if _, ok := env[o.Path]; ok {
			s.blocks = append(s.blocks, Value{Key: o.Path, Text: o.Value, From: Origin{Layer: Env, Name: o.Var}})
		}
	}
}

// Get returns the effective value of one of the office's own settings
// (templates, out, formats, language).
func (s *Settings) Get(key string) Value { return s.own[key] }

// Values returns every effective setting, as 'redress config' prints
// them: the office's own, in the order of Keys, then the values of the
// firm and court blocks a case file without them takes.
func (s *Settings) Values() []Value {
	var out []Value
	for _, k := range keys {
		out = append(out, s.own[k.name])
	}
	return append(out, s.blocks...)
}

// Defaults are what casefile lays under every case file it loads.
func (s *Settings) Defaults() *casefile.Defaults {
	return &casefile.Defaults{Office: s.Office, Language: s.Language}
}

// envValue is one environment variable as viper's flag layer sees a
// flag: a named value that is either set or not.
type envValue struct {
	key, value string
	set        bool
}

func (f envValue) HasChanged() bool    { return f.set }
func (f envValue) Name() string        { return f.key }
func (f envValue) ValueString() string { return f.value }
func (f envValue) ValueType() string   { return "string" }

type envSet []envValue

func (s envSet) VisitAll(fn func(viper.FlagValue)) {
	for _, f := range s {
		fn(f)
	}
}
