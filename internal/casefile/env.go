package casefile

import (
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"

	suggestpkg "redress/internal/suggest"
)

// envFile is the file name problems carry when the bad value came from an
// environment variable rather than the case file.
const envFile = "environment"

// envPrefix starts every override variable: REDRESS_MATTER_AS_OF.
const envPrefix = "REDRESS"

// EnvVar returns the environment variable that overrides a key path:
// the prefix and the path in capitals, with '.' written '_'.
func EnvVar(path string) string {
	return envPrefix + "_" + strings.ToUpper(strings.ReplaceAll(path, ".", "_"))
}

// envPaths are the keys the environment may override: the scalar keys
// outside lists (matter.as_of, firm.name). A list element has no stable
// name to override, and a list or mapping is not one string.
func envPaths() []string {
	var out []string
	for _, sp := range schemaPaths() {
		if !sp.inList && isScalar(sp.typ) {
			out = append(out, sp.path)
		}
	}
	return out
}

// Override is one environment variable that sets a case-file value.
type Override struct {
	Var   string // REDRESS_MATTER_AS_OF
	Path  string // matter.as_of
	Value string // as set: 2026-12-01
}

// String says what the override does: "REDRESS_MATTER_AS_OF=2026-12-01
// sets matter.as_of".
func (o Override) String() string { return o.Var + "=" + o.Value + " sets " + o.Path }

// EnvOverrides returns the overrides the environment lookup sets, in the
// order of the schema: what it lays over every case file loaded with
// Options{Env: lookup} (a batch's base, each file of a folder). Nil
// lookup sets none.
func EnvOverrides(lookup func(string) (string, bool)) []Override {
	if lookup == nil {
		return nil
	}
	return readEnv(lookup)
}

// readEnv returns the overrides set in the environment, in the order of
// the schema. Each variable is looked up by name through the lookup the
// caller passed (never the process environment directly, so that tests
// and batch runs do not depend on it); an empty variable counts as unset.
// Each value is kept as the string that was set and decoded later by the
// same strict rules as the file.
func readEnv(lookup func(string) (string, bool)) []Override {
	var out []Override
	for _, p := range envPaths() {
		if val, ok := lookup(EnvVar(p)); ok && val != "" {
			out = append(out, Override{Var: EnvVar(p), Path: p, Value: val})
		}
	}
	return out
}

// sortOverrides puts overrides in the order of the schema (matter.as_of
// before firm.name), whatever order they were collected in.
func sortOverrides(list []Override) {
	rank := envRank()
	slices.SortFunc(list, func(a, b Override) int { return rank[a.Path] - rank[b.Path] })
}

// envRank numbers the overridable key paths in the order of the schema.
var envRank = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for i, p := range envPaths() {
		m[p] = i
	}
	return m
})

// overlayEnv lays the overrides over the file's tree as strings; the
// decoder then reads them like any value, and reports a bad one against
// its variable. Mappings on the way are copied before they are changed:
// a YAML alias may share them with another part of the file, which the
// override must not reach.
func overlayEnv(root *node, overrides []Override) *node {
	for _, o := range overrides {
		root = setPath(root, strings.Split(o.Path, "."), &node{kind: kindString, text: o.Value, env: o.Var})
	}
	return root
}

// setPath returns a copy of mapping m with val at the key path, or m
// itself when the path runs into something other than a mapping (that
// value is wrong anyway and is reported by the decoder).
func setPath(m *node, keys []string, val *node) *node {
	switch m.kind {
	case kindMap:
		c := *m
		c.entries = append([]entry(nil), m.entries...)
		m = &c
	case kindNull:
		m = &node{kind: kindMap, pos: m.pos}
	default:
		return m
	}
	e := m.get(keys[0])
	if len(keys) == 1 {
		if e != nil {
			e.val = val
		} else {
			m.add(keys[0], Pos{}, val)
		}
		return m
	}
	if e == nil {
		m.add(keys[0], Pos{}, setPath(&node{kind: kindNull}, keys[1:], val))
		return m
	}
	e.val = setPath(e.val, keys[1:], val)
	return m
}

// notKeys are REDRESS_ variables that are not case-file keys but that the
// program or its tests read for something else; UnknownEnv does not warn
// about them. A variable that code starts to read belongs here, or every
// run with it set would warn.
var notKeys = []string{
	"REDRESS_REQUIRE_TOOLS",    // tests: a missing poppler-utils, qpdf or LibreOffice fails the test instead of skipping it (CI sets it)
	"REDRESS_WRITEEACH_DIGEST", // internal/render/pdf's tests: a child test process prints the digest of its files
}

// UnknownEnv returns a warning for each variable of environ ("NAME=value",
// as os.Environ gives them) whose name starts with REDRESS_ but sets no
// case-file value, sorted by name: a mistyped override (REDRESS_MATTER_ASOF)
// would otherwise be ignored without a word, and the documents drafted
// with the file's value.
func UnknownEnv(environ []string) []string {
	known := map[string]bool{}
	var vars []string
	for _, p := range envPaths() {
		known[EnvVar(p)] = true
		vars = append(vars, EnvVar(p))
	}
	for _, n := range notKeys {
		known[n] = true
	}
	seen := map[string]bool{}
	var out []string
	for _, kv := range environ {
		name, _, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(strings.ToUpper(name), envPrefix+"_") || known[name] || seen[name] {
			continue
		}
		if runtime.GOOS == "windows" && known[strings.ToUpper(name)] {
			continue // Windows reads variable names without regard to case
		}
		seen[name] = true
		out = append(out, unknownEnv(name, vars))
	}
	slices.Sort(out)
	return out
}

// unknownEnv words the warning for a REDRESS_ variable that sets nothing.
func unknownEnv(name string, vars []string) string {
	// A key the environment cannot set: a list, a mapping, or a value
	// inside a list (REDRESS_CLAIMANTS_0_NAME); then a typo of one it can.
	upper := strings.ToUpper(name)
	var digits []string
	var rest []string
	for _, part := range strings.Split(upper, "_") {
		if part != "" && strings.Trim(part, "0123456789") == "" {
			digits = append(digits, part)
			continue
		}
		rest = append(rest, part)
	}
	stripped := strings.Join(rest, "_")
	for _, sp := range schemaPaths() {
		switch {
		case !sp.inList && (EnvVar(sp.path) != upper || isScalar(sp.typ)):
			continue
		case !sp.inList && sp.typ.Kind() == reflect.Struct:
			return fmt.Sprintf("%s names %s, which holds several keys; set one of them, such as %s", name, sp.path, EnvVar(firstScalar(sp.path)))
		case !sp.inList:
			return fmt.Sprintf("%s names %s, a list; a list is written in the case file, not set from the environment", name, sp.path)
		case sp.inList && EnvVar(strings.ReplaceAll(sp.path, "[n]", "")) == stripped && len(digits) > 0:
			p := sp.path
			for _, d := range digits {
				p = strings.Replace(p, "[n]", "["+d+"]", 1)
			}
			return fmt.Sprintf("%s names %s, inside a list; a value inside a list is written in the case file, not set from the environment", name, p)
		}
	}
	if near := suggestpkg.Nearest(name, vars, strings.ToUpper); near != "" {
		return fmt.Sprintf("%s names no case-file key; did you mean %s?", name, near)
	}
	return fmt.Sprintf("%s names no case-file key; an override is REDRESS_ and the key path in capitals, with _ for each '.', such as REDRESS_MATTER_AS_OF", name)
}

// firstScalar returns the first key path under a mapping that the
// environment can set: an example for a variable that names the mapping.
func firstScalar(mapping string) string {
	for _, p := range envPaths() {
		if strings.HasPrefix(p, mapping+".") {
			return p
		}
	}
	return "matter.as_of"
}
