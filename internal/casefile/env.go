package casefile

import (
	"strings"

	"github.com/spf13/viper"
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

// readEnv returns the overrides set in the environment, by key path.
//
// Layering is viper's job in this project, so the values are read through
// a fresh viper instance per load (never the global one, which is shared
// and not safe for concurrent use). The variables are handed to viper as
// a FlagValueSet built from Options.Env rather than through BindEnv:
// viper's own environment layer calls os.LookupEnv directly, which would
// ignore the lookup the caller passed and make loads depend on, and race
// with, the process environment in tests. Keys are bound one by one, so
// viper's blind spot for keys it was never told about (spf13/viper#761)
// does not arise, and nothing goes through viper's weakly typed
// Unmarshal: each value comes back as the string that was set and is
// decoded by the same strict rules as the file. An empty variable counts
// as unset, as in viper's default.
func readEnv(lookup func(string) (string, bool)) map[string]string {
	v := viper.New()
	var set envFlags
	paths := envPaths()
	for _, p := range paths {
		val, ok := lookup(EnvVar(p))
		set = append(set, envFlag{path: p, value: val, set: ok && val != ""})
	}
	if err := v.BindFlagValues(set); err != nil {
		return nil
	}
	out := map[string]string{}
	for _, p := range paths {
		if v.IsSet(p) {
			out[p] = v.GetString(p)
		}
	}
	return out
}

// envFlag is one environment variable as viper sees a flag: a named value
// that is either set or not.
type envFlag struct {
	path, value string
	set         bool
}

func (f envFlag) HasChanged() bool    { return f.set }
func (f envFlag) Name() string        { return f.path }
func (f envFlag) ValueString() string { return f.value }
func (f envFlag) ValueType() string   { return "string" }

type envFlags []envFlag

func (s envFlags) VisitAll(fn func(viper.FlagValue)) {
	for _, f := range s {
		fn(f)
	}
}

// overlayEnv lays the overrides over the file's tree as strings; the
// decoder then reads them like any value, and reports a bad one against
// its variable. Mappings on the way are copied before they are changed:
// a YAML alias may share them with another part of the file, which the
// override must not reach.
func overlayEnv(root *node, vals map[string]string) *node {
	for _, p := range envPaths() { // in schema order, not map order
		val, ok := vals[p]
		if !ok {
			continue
		}
		root = setPath(root, strings.Split(p, "."), &node{kind: kindString, text: val, env: EnvVar(p)})
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
