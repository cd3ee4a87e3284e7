package casefile

import (
	"reflect"
	"strings"
	"sync"

	"redress/internal/civil"
	"redress/internal/money"
)

// The schema is the Case struct itself: each field's `key` tag names a
// case-file key. Reading the tags (instead of keeping a second list of
// keys) means a key added to Case is accepted, decoded, suggested and
// overridable from the environment with no other change.

var (
	dateType  = reflect.TypeFor[civil.Date]()
	timeType  = reflect.TypeFor[civil.TimeOfDay]()
	moneyType = reflect.TypeFor[money.Money]()
)

// structInfo is the keys of one struct type, in declaration order.
type structInfo struct {
	keys  []string
	field map[string]int // key -> field index
}

var structInfos sync.Map // reflect.Type -> *structInfo

func infoOf(t reflect.Type) *structInfo {
	if si, ok := structInfos.Load(t); ok {
		return si.(*structInfo)
	}
	si := &structInfo{field: map[string]int{}}
	for i := 0; i < t.NumField(); i++ {
		key, _, _ := strings.Cut(t.Field(i).Tag.Get("key"), ",")
		if key == "" || key == "-" {
			continue
		}
		si.keys = append(si.keys, key)
		si.field[key] = i
	}
	structInfos.Store(t, si)
	return si
}

// isScalar reports whether values of t are single values in a case file
// (text, a number, a date...), as opposed to mappings and lists.
func isScalar(t reflect.Type) bool {
	switch t {
	case dateType, timeType, moneyType:
		return true
	}
	switch t.Kind() {
	case reflect.String, reflect.Int, reflect.Bool:
		return true
	}
	return false
}

// schemaPath is one key path of the schema, with list indexes written
// "[n]" (claimants[n].name), and the type of its value.
type schemaPath struct {
	path   string
	inList bool // under a list: not reachable by a single environment variable
	typ    reflect.Type
}

// schemaPaths lists every key path of Case, depth first in declaration
// order.
var schemaPaths = sync.OnceValue(func() []schemaPath {
	var out []schemaPath
	var walk func(prefix string, inList bool, t reflect.Type)
	walk = func(prefix string, inList bool, t reflect.Type) {
		si := infoOf(t)
		for _, k := range si.keys {
			ft := t.Field(si.field[k]).Type
			p := joinPath(prefix, k)
			out = append(out, schemaPath{path: p, inList: inList, typ: ft})
			switch {
			case isScalar(ft):
			case ft.Kind() == reflect.Struct:
				walk(p, inList, ft)
			case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
				walk(p+"[n]", true, ft.Elem())
			}
		}
	}
	walk("", false, reflect.TypeFor[Case]())
	return out
})

// joinPath appends a key to a key path.
func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// lastKey returns the last key of a path: "claimants[0].address.zip" -> "zip".
func lastKey(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		path = path[i+1:]
	}
	if i := strings.IndexByte(path, '['); i >= 0 {
		path = path[:i]
	}
	return path
}

// expected describes, for messages, what a key of type t takes. mapWord is
// the format's word for a mapping ("mapping", "object", "table").
func expected(t reflect.Type, mapWord string) string {
	switch t {
	case dateType:
		return "a date (YYYY-MM-DD)"
	case timeType:
		return "a time (HH:MM, or h:mm AM/PM)"
	case moneyType:
		return "an amount of money (such as 1850.50)"
	}
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Int:
		return "a whole number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Struct {
			return "a list of " + mapWord + "s"
		}
		return "a list of strings"
	case reflect.Struct:
		keys := infoOf(t).keys
		if len(keys) > 4 {
			return article(mapWord) + " with keys such as " + strings.Join(keys[:4], ", ")
		}
		return article(mapWord) + " with the keys " + strings.Join(keys, ", ")
	}
	return "a value"
}

// article puts "a" or "an" before a noun.
func article(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}
