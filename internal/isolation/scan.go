package isolation

import (
	"reflect"
	"strconv"

	"redress/internal/casefile"
)

// FieldHit is a hit in one value of a case, named by its key path as the
// case-file decoder and its error messages write it: "incident.facts[2]",
// "claimants[0].injury".
type FieldHit struct {
	Path string
	Hit
}

// ownFields are the keys of a claimant that hold the claimant's own
// identifiers (relative to claimants[i]): they are what Scope excludes,
// so they are not read at all. A claimant's free text (injury, the
// representative's capacity) is read like any other value.
var ownFields = map[string]bool{
	"name": true, "email": true, "phone": true, "address.street": true, "a_number": true,
	"representative.name": true, "representative.address.street": true, "decedent.name": true,
}

// ScanCase returns the foreign people's identifiers in the text values of
// a record's case: every string and list of strings under a case-file key,
// in the order of the keys in Case, except the claimants' own identifier
// fields. s is the record's scope: the guard with the record's own people
// (PeopleOf(k)) taken out.
//
// A roster row inherits what it does not set from the base case; this is
// where a base case's story about its own claimant (incident.summary,
// incident.facts, incident.place) is caught before a row's letter repeats
// it, and named by the key to set in the roster.
func ScanCase(k *casefile.Case, s *Scope) []FieldHit {
	if k == nil || s == nil {
		return nil
	}
	var out []FieldHit
	var walk func(v reflect.Value, path, rel string, claimant bool)
	walk = func(v reflect.Value, path, rel string, claimant bool) {
		if claimant && ownFields[rel] {
			return
		}
		switch v.Kind() {
		case reflect.String:
			for _, h := range s.Find(v.String()) {
				out = append(out, FieldHit{Path: path, Hit: h})
			}
		case reflect.Slice:
			for i := range v.Len() {
				idx := "[" + strconv.Itoa(i) + "]"
				if path == "claimants" {
					walk(v.Index(i), path+idx, "", true)
				} else {
					walk(v.Index(i), path+idx, rel+idx, claimant)
				}
			}
		case reflect.Struct:
			t := v.Type()
			for i := range t.NumField() {
				key := t.Field(i).Tag.Get("key")
				if key == "" {
					continue // not a case-file key (a file read for a key)
				}
				walk(v.Field(i), join(path, key), join(rel, key), claimant)
			}
		}
	}
	walk(reflect.ValueOf(k).Elem(), "", "", false)
	return out
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
