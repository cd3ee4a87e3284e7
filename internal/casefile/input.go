package casefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	suggestpkg "redress/internal/suggest"
)

// The files a user names on the command line (a case file, a roster's
// base, a roster) are read here. A file that cannot be read at all is not
// a problem in its data but a wrong name: "-", a folder, a .txt file, a
// typo. Each of those is one ReadError whose message says what to give
// instead, so that the command line can say "cannot be read" (and not
// "internal error") and the user knows what to type next.

// ReadError is an input file that cannot be read: it does not exist, is a
// folder, has the wrong extension, or reading it failed.
type ReadError struct {
	// Path is the name as the user gave it.
	Path string
	// Msg says what is wrong and what would be right.
	Msg string
	// Err is the cause, for errors.Is (fs.ErrNotExist, ErrFormat, ...);
	// nil when there is none to test for (a folder, "-").
	Err error
}

func (e *ReadError) Error() string { return e.Path + ": " + e.Msg }
func (e *ReadError) Unwrap() error { return e.Err }

// input is a kind of file the user names: what to call it in messages,
// the extensions it has, and the most that is read of it.
type input struct {
	what string
	// exts are the extensions a file of this kind has, lower case; they
	// name examples in messages.
	exts []string
	// strict means a file with another extension is refused (a case
	// file's format is chosen by its extension; a roster is CSV whatever
	// its name).
	strict bool
	max    int64
}

var (
	caseInput   = input{what: "case file", exts: []string{".yaml", ".yml", ".toml", ".json"}, strict: true, max: maxSize}
	rosterInput = input{what: "roster", exts: []string{".csv"}, max: maxRosterSize}
)

// readInput reads a file of kind in, at most in.max+1 bytes (enough for
// the parser to tell that it is too large). Every reason it cannot be read
// is a *ReadError.
func readInput(path string, in input) ([]byte, error) {
	fail := func(err error, format string, args ...any) error {
		return &ReadError{Path: path, Msg: fmt.Sprintf(format, args...), Err: err}
	}
	switch path {
	case "-":
		return nil, fail(nil, "reading a %s from standard input is not supported; give the file's path", in.what)
	case "":
		return nil, &ReadError{Path: `""`, Msg: fmt.Sprintf("an empty name; give the %s's path", in.what)}
	}
	// A folder is told as a folder whatever its name; a wrong extension
	// is told before a missing file (the name is wrong either way).
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		if ex := exampleIn(path, in); ex != "" {
			return nil, fail(nil, "is a folder; give a %s such as %s", in.what, ex)
		}
		return nil, fail(nil, "is a folder; give a %s (a %s file)", in.what, orList(in.exts))
	case in.strict && !slices.Contains(in.exts, strings.ToLower(filepath.Ext(path))):
		return nil, fail(ErrFormat, "a %s ends in %s (rename it if it holds one)", in.what, orList(in.exts))
	case errors.Is(err, fs.ErrNotExist):
		msg := "no such file"
		if near := nearestFile(path, in); near != "" {
			msg += "; did you mean " + near + "?"
		}
		return nil, fail(err, "%s", msg)
	case err != nil:
		return nil, fail(err, "cannot be read: %s", reason(err))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fail(err, "cannot be read: %s", reason(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, in.max+1))
	if err != nil {
		return nil, fail(err, "cannot be read: %s", reason(err))
	}
	return data, nil
}

// reason words an error from the file system without repeating the path.
func reason(err error) string {
	if errors.Is(err, fs.ErrPermission) {
		return "permission denied (your account may not read it; check the file's permissions)"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// exampleIn returns the first file of kind in inside folder dir, by name,
// or "".
func exampleIn(dir string, in input) string {
	names := filesOf(dir, in)
	if len(names) == 0 {
		return ""
	}
	return filepath.Join(dir, names[0])
}

// nearestFile returns the file of kind in, in the folder of a path that
// does not exist, whose name is nearest to the path's (a plausible typo),
// or "".
func nearestFile(path string, in input) string {
	dir := filepath.Dir(path)
	near := suggestpkg.Nearest(filepath.Base(path), filesOf(dir, in), strings.ToLower)
	if near == "" {
		return ""
	}
	return filepath.Join(dir, near)
}

// filesOf lists the names of the files of kind in inside dir, sorted; none
// when dir cannot be read.
func filesOf(dir string, in input) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() && slices.Contains(in.exts, strings.ToLower(filepath.Ext(e.Name()))) {
			out = append(out, e.Name())
		}
	}
	return out // os.ReadDir sorts by name
}

// orList writes a, b, c or d.
func orList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}
