package casefile

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"
)

// Options changes how a case file is loaded.
type Options struct {
	// Env looks up an environment variable; the CLI passes os.LookupEnv.
	// Nil means no environment overrides, which keeps tests and batch runs
	// independent of the process environment.
	Env func(key string) (string, bool)
	// Example is the case 'redress init' writes (NewExample): a value
	// still holding it is a problem (example.go). Nil checks nothing.
	Example *Example
	// AllowOutsideFiles lets firm.letterhead and firm.logo name files
	// outside the folder of the file that names them (files.go). For a
	// roster, the base's Options decide for every row.
	AllowOutsideFiles bool
	// Defaults are the office's (office.go): the firm and court blocks of
	// a file that has none, laid under its tree before the environment is
	// laid over it, and the language of a claimant it gives none. For a
	// roster they are laid under the base, like its own values. Nil gives
	// none.
	Defaults *Defaults
}

// ErrFormat is returned (wrapped) for a case file whose extension or
// format name is none of YAML, TOML and JSON.
var ErrFormat = errors.New("unknown case-file format")

// maxSize bounds a case file. The longest real case file is tens of
// kilobytes; the bound keeps a wrong file (a video, a disk image) from
// being read into memory and parsed.
const maxSize = 1 << 20

// format is a case-file format: its parser and its word for a mapping.
type format struct {
	parse   func([]byte, *collector) *node
	mapWord string
}

// formats maps a format name to its parser and its word for a mapping.
var formats = map[string]format{
	"yaml": {parseYAML, "mapping"},
	"toml": {parseTOML, "table"},
	"json": {parseJSON, "object"},
}

// FormatOf returns the format of a case file from its extension: "yaml"
// for .yaml and .yml, "toml" for .toml, "json" for .json.
func FormatOf(path string) (string, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".yaml", ".yml":
		return "yaml", nil
	case ".toml":
		return "toml", nil
	case ".json":
		return "json", nil
	}
	return "", &ReadError{Path: path, Msg: "a case file ends in " + orList(caseInput.exts) + " (rename it if it holds one)", Err: ErrFormat}
}

// Load reads, decodes and validates a case file; the format is chosen by
// the extension. A file that cannot be read (missing, a folder, "-", a
// wrong extension) is a *ReadError, which wraps the os error where there
// is one (so errors.Is(err, os.ErrNotExist) works). Errors in the data are
// returned as Problems, sorted, every one in the file at once.
func Load(path string, opts Options) (*Source, error) {
	format, data, err := readCaseFile(path)
	if err != nil {
		return nil, err
	}
	return LoadBytes(path, data, format, opts)
}

// readCaseFile reads a case file and its format, by the extension. A file
// over maxSize is read to one byte more, which parse reports.
func readCaseFile(path string) (format string, data []byte, err error) {
	data, err = readInput(path, caseInput)
	if err != nil {
		return "", nil, err
	}
	format, err = FormatOf(path)
	return format, data, err
}

// readBounded reads at most max+1 bytes of a file: enough to tell that it
// is too large without reading all of it.
func readBounded(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, max+1))
}

// LoadBytes is Load for a file already in memory; name is used in
// messages and format is "yaml", "toml" or "json". On error the Source is
// nil.
func LoadBytes(name string, data []byte, format string, opts Options) (src *Source, err error) {
	format = strings.ToLower(format)
	fm, err := lookupFormat(name, format)
	if err != nil {
		return nil, err
	}
	defer func() {
		// A bug here or in a parser must not take down a batch run; it is
		// reported as an error like any other.
		if r := recover(); r != nil {
			src, err = nil, &internalError{file: name, cause: r}
		}
	}()
	c := &collector{file: name}
	data = trimBOM(data)
	root := parse(data, fm.parse, c)
	if root == nil {
		return nil, c.sorted()
	}
	root = opts.Defaults.under(root)
	if opts.Env != nil {
		root = overlayEnv(root, readEnv(opts.Env))
	}
	d := newDecoder(c, fm.mapWord)
	d.allowOutsideFiles = opts.AllowOutsideFiles
	cs := new(Case)
	d.decode("", root, reflect.ValueOf(cs).Elem())
	if root.kind == kindMap {
		// A file that is not a mapping at all has one problem, already
		// reported; listing every key as missing would bury it.
		validate(cs, d, c)
		opts.Example.check(cs, d, c)
	}
	if format == "toml" {
		checkTOML(data, c)
	}
	if len(c.probs) > 0 {
		return nil, c.sorted()
	}
	applyDefaults(cs, opts.Defaults)
	return &Source{Path: name, Case: cs, positions: d.positions, env: d.env, cells: d.cells}, nil
}

// lookupFormat returns the parser of a format name ("yaml", "toml",
// "json").
func lookupFormat(name, f string) (format, error) {
	fm, ok := formats[f]
	if !ok {
		return format{}, fmt.Errorf("%s: %w %q: use yaml, toml or json", name, ErrFormat, f)
	}
	return fm, nil
}

// trimBOM drops a byte-order mark, which Windows editors write; it is not
// content.
func trimBOM(data []byte) []byte { return bytes.TrimPrefix(data, []byte("\uFEFF")) }

// parse checks what every format needs (size, encoding) and builds the
// tree; nil means the file could not be read as a tree at all.
func parse(data []byte, parseFormat func([]byte, *collector) *node, c *collector) *node {
	c.lines = newLineIndex(data)
	if len(data) > maxSize {
		c.at(Pos{}, "", "the file is larger than %d KiB; a case file is a few kilobytes of text (is this the right file?)", maxSize>>10)
		return nil
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		c.at(c.lines.pos(off), "", "the file is not UTF-8 text; save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)")
		return nil
	}
	return parseFormat(data, c)
}

// applyDefaults fills the defaults the schema documents, after validation
// so that a default is never mistaken for a value the user gave: a
// claimant's language is the office's (Defaults.Language), else en.
func applyDefaults(cs *Case, df *Defaults) {
	for i := range cs.Claimants {
		if cs.Claimants[i].Language == "" {
			cs.Claimants[i].Language = df.language()
		}
	}
}

// sorted returns the problems as an error, ordered as the file reads;
// those of another file (the office settings file's values laid under
// it) follow the file's own.
func (c *collector) sorted() error {
	c.probs.Sort()
	slices.SortStableFunc(c.probs, func(a, b Problem) int {
		return cmp.Compare(c.other(a), c.other(b))
	})
	return c.probs
}

// other is 1 for a problem in a file other than the one being read (and
// not the environment's), else 0.
func (c *collector) other(p Problem) int {
	if p.File == c.file || p.File == envFile {
		return 0
	}
	return 1
}

// internalError is a panic recovered while loading: a bug, not bad data.
type internalError struct {
	file  string
	cause any
}

func (e *internalError) Error() string {
	return fmt.Sprintf("%s: internal error while reading the case file (please report it): %v", e.file, e.cause)
}
