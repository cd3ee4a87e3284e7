package settings

import (
	"strings"

	"redress/internal/casefile"
	"redress/internal/output"
)

// key is one setting of the office's own (not a case-file key).
type key struct {
	name string // as written in the settings file and printed: formats
	def  string // the built-in value
	flag string // the flag that sets it, without dashes; "" for none
	// list is true when the file may also give a list of texts.
	list bool
	// folder is true for a folder that, written relative in the settings
	// file, is read from the settings file's folder (an office's
	// templates live beside its settings); from the environment or a
	// flag, from the working folder.
	folder bool
	// check says what is wrong with a value, or "".
	check func(string) string
}

// keys are the office's own settings, in the order they are printed.
//
// language is the language of a claimant the case file gives none; it is
// not a layer of the --language flag, which writes every letter of a run
// in one language. An office default that overrode each client's own
// language would send a letter a client cannot read.
//
// out is the folder each matter's folder is made in (out/<matter.id>),
// and a batch's folder; relative, it is read from the working folder,
// like the built-in "out", so that a settings file in the user's config
// folder does not put documents among its settings.
var keys = []key{
	{name: "templates", flag: "templates", folder: true, check: notEmpty},
	{name: "out", def: "out", flag: "out", check: notEmpty},
	{name: "formats", def: "pdf,docx", flag: "format", list: true, check: checkFormats},
	{name: "language", def: "en", check: checkLanguage},
}

// Keys are the names of the office's own settings, in order.
func Keys() []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = k.name
	}
	return out
}

// FlagNames are the flags that set a setting (without dashes): a command
// passes those of them the user set (Inputs.Flags).
func FlagNames() []string {
	var out []string
	for _, k := range keys {
		if k.flag != "" {
			out = append(out, k.flag)
		}
	}
	return out
}

// EnvVar is the environment variable of a setting: REDRESS_TEMPLATES.
func EnvVar(name string) string {
	return "REDRESS_" + strings.ToUpper(name)
}

// EnvVars are the environment variables of the settings, in order.
func EnvVars() []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = EnvVar(k.name)
	}
	return out
}

// officeKeys are the keys as casefile.ReadOffice takes them.
func officeKeys() []casefile.OfficeKey {
	out := make([]casefile.OfficeKey, len(keys))
	for i, k := range keys {
		out[i] = casefile.OfficeKey{Name: k.name, List: k.list}
	}
	return out
}

func notEmpty(s string) string {
	if strings.TrimSpace(s) == "" {
		return "is empty; give a folder, or leave the key out for the built-in value"
	}
	return ""
}

// checkFormats reads a list of formats as --format does: pdf, docx or
// pdf,docx.
func checkFormats(s string) string {
	if strings.Trim(s, ", ") == "" {
		return "names no format; use pdf, docx or pdf,docx"
	}
	if _, err := output.ParseFormats(s); err != nil {
		return err.Error()
	}
	return ""
}

// checkLanguage checks that a language is written as a language code;
// whether the templates have a letter in it is the letter command's
// check, as for a claimant's own language.
func checkLanguage(s string) string {
	return casefile.LanguageProblem(s)
}
