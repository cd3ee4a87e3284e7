package assemble

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
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
	return overlay{user: user, builtin: builtin}
}

type overlay struct {
	user, builtin fs.FS
	dir           string // the user folder's path, for messages ("" if unknown)
}

// OverlayDir is Overlay with the user's templates read from the folder
// dir; errors in a template of that folder then name it by its path there
// (my-templates/letter/en.md:61), so the lawyer opens the right file.
func OverlayDir(dir string, builtin fs.FS) fs.FS {
	return overlay{user: os.DirFS(dir), builtin: builtin, dir: dir}
}

// Origin is how messages name the template file name: its path in the
// user's folder when it comes from there, else name itself.
func (o overlay) Origin(name string) string {
	if o.dir == "" {
		return name
	}
	if _, err := fs.Stat(o.user, name); err == nil {
		return filepath.Join(o.dir, filepath.FromSlash(name))
	}
	return name
}

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
