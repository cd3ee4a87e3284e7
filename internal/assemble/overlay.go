package assemble

import (
	"errors"
	"io/fs"
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
