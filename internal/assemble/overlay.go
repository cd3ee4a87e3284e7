package assemble

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
)

// Overlay returns a file system in which a file of user replaces the
// built-in file of the same name; every other file stays built-in. This is
// how --templates DIR lets an office change one template without copying
// the rest.
func Overlay(user, builtin fs.FS) fs.FS {
	if user == nil {
		return builtin
	}
	return overlay{user, builtin}
}

type overlay struct{ user, builtin fs.FS }

func (o overlay) Open(name string) (fs.File, error) {
	f, err := o.user.Open(name)
	if err == nil {
		return f, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	return o.builtin.Open(name)
}

// ReadDir lists a folder of both file systems, the user's entry winning
// where both have one, sorted by name. Without it a user folder that has
// complaint/counts/ would hide every built-in count from the catalogue,
// and a count added there could not sit beside the built-in ones.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	user, uerr := fs.ReadDir(o.user, name)
	builtin, berr := fs.ReadDir(o.builtin, name)
	if uerr != nil && berr != nil {
		if errors.Is(uerr, fs.ErrNotExist) {
			return nil, berr
		}
		return nil, uerr
	}
	if uerr != nil && !errors.Is(uerr, fs.ErrNotExist) {
		return nil, uerr
	}
	seen := map[string]bool{}
	var out []fs.DirEntry
	for _, e := range user {
		seen[e.Name()] = true
		out = append(out, e)
	}
	for _, e := range builtin {
		if !seen[e.Name()] {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return out, nil
}
