package drafts

import (
	"bytes"
	"path"
	"reflect"
	"strings"
	"testing/fstest"
	"text/template"

	"redress/internal/assemble"
	"redress/internal/blocks"
	"redress/internal/complaint"
	"redress/internal/law"
	"redress/internal/letter"
	"redress/internal/locale"
	"redress/internal/sf95"
)

// The template registry: for each template file, what it is for, the Go
// type of its dot and the functions it may call. "redress templates check"
// needs it to check an office's edited templates without a case file, and
// it lives here because drafts is where letter, sf95 and complaint (the
// packages that run the templates) are all visible.
//
// Dot types and function types are taken by reflection from the real Go
// types and FuncMaps, so a field added to letter.Data or a function added
// to blocks.Funcs is known to the check at once. What cannot be reached
// from outside those packages is listed here and must be kept in step by
// hand: the names of each family's named blocks (built in unexported
// closures). A missing name does not go unnoticed: the check reports an
// unknown function, and cmd/redress's tests check every built-in template.

// TemplateKind is one family of templates.
type TemplateKind struct {
	// Name says what the templates are for: "letter", "claim letter",
	// "complaint", "count", "language data", "init".
	Name string
	// Template is true for a text/template file that "templates check"
	// parses and checks; false for data files.
	Template bool
	// Dot is the type of the data the template runs with.
	Dot reflect.Type
	// Funcs are the types of the functions it may call, named blocks
	// included (see assemble.FuncTypes).
	Funcs map[string]reflect.Type
}

// Named blocks of each family: the keys of the maps built in
// letter.namedBlocks, sf95.BuildLetter and complaint.Build.
var (
	letterBlocks      = []string{"letterhead", "recipient", "deadlinesTable", "warnings", "signature"}
	claimLetterBlocks = []string{"letterhead", "agencyAddress", "warnings", "signature"}
	complaintBlocks   = []string{"caption", "facts", "counts", "signature"}
)

// letterFuncs is the FuncMap letter.BuildWith gives the letter. The
// locale here is never used to call anything; its method values only
// carry their types.
func letterFuncs() template.FuncMap { return letter.Funcs(law.Facts{}, &locale.Locale{}) }

// TemplateKindOf returns the kind of the template file at path (slash
// separated, relative to the templates folder), or false for a path that
// no part of redress reads.
func TemplateKindOf(p string) (TemplateKind, bool) {
	dir, file := path.Split(p)
	ext := path.Ext(file)
	switch {
	case dir == "letter/" && ext == ".md":
		return TemplateKind{Name: "letter", Template: true, Dot: reflect.TypeFor[letter.Data](),
			Funcs: assemble.FuncTypes(letterFuncs(), letterBlocks...)}, true
	case dir == "claim-letter/" && ext == ".md":
		return TemplateKind{Name: "claim letter", Template: true, Dot: reflect.TypeFor[sf95.LetterData](),
			Funcs: assemble.FuncTypes(blocks.Funcs(law.Facts{}), claimLetterBlocks...)}, true
	case p == "complaint/complaint.md":
		return TemplateKind{Name: "complaint", Template: true, Dot: reflect.TypeFor[complaint.Data](),
			Funcs: assemble.FuncTypes(blocks.Funcs(law.Facts{}), complaintBlocks...)}, true
	case dir == "complaint/counts/" && ext == ".md":
		// complaint.countBlocks runs a count with the complaint's
		// functions and no named blocks.
		return TemplateKind{Name: "count", Template: true, Dot: reflect.TypeFor[complaint.CountData](),
			Funcs: assemble.FuncTypes(blocks.Funcs(law.Facts{}))}, true
	case dir == "lang/" && ext == ".yaml":
		return TemplateKind{Name: "language data"}, true
	case p == "init/case.yaml":
		return TemplateKind{Name: "init"}, true
	}
	return TemplateKind{}, false
}

// CountTitle returns the title in a count template's front matter, or ""
// when it has none.
func CountTitle(src []byte) string {
	cs, err := complaint.Catalogue(fstest.MapFS{"complaint/counts/x.md": {Data: src}})
	if err != nil || len(cs) != 1 {
		return ""
	}
	return cs[0].Title
}

// CheckCount checks a count template's front matter with the rules of
// the complaint's count catalogue (title, kind, against, basis), so that
// "templates check" finds a count the complaint command would refuse.
// It returns "" when the front matter is good.
func CheckCount(p string, src []byte) string {
	_, err := complaint.Catalogue(fstest.MapFS{p: {Data: src}})
	if err == nil {
		return ""
	}
	msg := err.Error()
	// The catalogue names the file itself; the caller does too.
	msg = strings.TrimPrefix(msg, p+": ")
	if !bytes.HasPrefix(src, []byte("---")) {
		msg = "a count needs YAML front matter (title, kind, against, basis) between --- lines: " + msg
	}
	return msg
}
