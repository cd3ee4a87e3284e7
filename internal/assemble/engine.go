package assemble

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"sync"
	"text/template"

	"golang.org/x/text/unicode/norm"

	"redress/internal/doc"
)

// BlockFunc makes a named block: layout that Markdown cannot express (a
// letterhead, a deadlines table, a signature). A template calls it as
// {{ name args... }} on a line of its own.
type BlockFunc func(args ...any) ([]doc.Block, error)

// Engine runs templates from one file system (the built-ins overlaid by a
// user folder, see Overlay). It caches parsed templates; it is safe for
// concurrent use.
type Engine struct {
	fsys  fs.FS
	mu    sync.Mutex
	cache map[string]*template.Template
	memo  sync.Map // key -> *memoEntry: data read from the templates once
}

type memoEntry struct {
	once sync.Once
	v    any
	err  error
}

// Memo returns load's result for key, running load once per engine. It is
// for data files among the templates (a language's words): the engine's
// file system never changes, and a batch would otherwise parse the same
// YAML for every letter.
func (e *Engine) Memo(key string, load func() (any, error)) (any, error) {
	m, _ := e.memo.LoadOrStore(key, &memoEntry{})
	me := m.(*memoEntry)
	me.once.Do(func() { me.v, me.err = load() })
	return me.v, me.err
}

// New returns an engine that reads templates from fsys.
func New(fsys fs.FS) *Engine {
	return &Engine{fsys: fsys, cache: map[string]*template.Template{}}
}

// FS returns the engine's template file system.
func (e *Engine) FS() fs.FS { return e.fsys }

// Input is what one template execution gets.
type Input struct {
	// Dot is the template's data.
	Dot any
	// Funcs are ordinary functions (date, money, ...); they print
	// literally like any value.
	Funcs template.FuncMap
	// Blocks are the named blocks the template may place.
	Blocks map[string]BlockFunc
}

// TemplateError is an error in a template file: its syntax, or a failure
// while running it. The message names the file and line.
type TemplateError struct {
	Name string
	Err  error
}

func (e *TemplateError) Error() string { return e.Err.Error() }
func (e *TemplateError) Unwrap() error { return e.Err }

// Execute runs the named template and returns its blocks.
func (e *Engine) Execute(name string, in Input) ([]doc.Block, error) {
	base, err := e.parsed(name, in)
	if err != nil {
		return nil, err
	}
	t, err := base.Clone()
	if err != nil {
		return nil, &TemplateError{name, err}
	}
	tab := &table{}
	fm := template.FuncMap{"lit": tab.lit}
	for k, f := range pleadingFuncs() {
		fm[k] = f
	}
	for k, f := range in.Funcs {
		fm[k] = f
	}
	for k, f := range in.Blocks {
		fm[k] = func(args ...any) (Markup, error) {
			bs, err := f(args...)
			if err != nil {
				return "", err
			}
			return tab.block(bs), nil
		}
	}
	t.Funcs(fm)
	var buf bytes.Buffer
	if err := t.Execute(&buf, in.Dot); err != nil {
		return nil, &TemplateError{name, err}
	}
	return convert(buf.Bytes(), tab), nil
}

// parsed returns the parsed template, with lit added to every printing
// action. Functions are bound again at execution, so the stubs here only
// give the parser their names.
func (e *Engine) parsed(name string, in Input) (*template.Template, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if t, ok := e.cache[name]; ok {
		return t, nil
	}
	src, err := fs.ReadFile(e.fsys, name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &TemplateError{name, fmt.Errorf("template %s: not found among the templates (built-in or --templates folder)", name)}
		}
		return nil, &TemplateError{name, err}
	}
	// The template is named as the user knows the file, so that errors
	// while parsing or running it point there.
	display := name
	if o, ok := e.fsys.(interface{ Origin(string) string }); ok {
		display = o.Origin(name)
	}
	t, err := Parse(display, src, funcNames(in))
	if err != nil {
		return nil, err
	}
	e.cache[name] = t
	return t, nil
}

// Parse parses template source, reporting syntax errors (with file:line)
// and calls to functions not among names. It is what "templates check"
// runs, without a case.
func Parse(name string, src []byte, names []string) (*template.Template, error) {
	stubs := template.FuncMap{"lit": func(any) Markup { return "" }}
	for k, f := range pleadingFuncs() {
		stubs[k] = f
	}
	for _, n := range names {
		stubs[n] = func(...any) any { return nil }
	}
	_, body := FrontMatter(src)
	t, err := template.New(name).Option("missingkey=error").Funcs(stubs).Parse(norm.NFC.String(string(body)))
	if err != nil {
		return nil, &TemplateError{name, err}
	}
	for _, tt := range t.Templates() {
		if tt.Tree != nil {
			addLit(tt.Tree.Root)
		}
	}
	return t, nil
}

func funcNames(in Input) []string {
	var names []string
	for k := range in.Funcs {
		names = append(names, k)
	}
	for k := range in.Blocks {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}
