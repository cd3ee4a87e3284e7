package assemble

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"text/template"
	"text/template/parse"

	"golang.org/x/text/unicode/norm"

	"redress/internal/suggest"
)

// Static checking of templates, for "redress templates check".
//
// text/template finds a mistyped field only when the template runs, and
// only on the path the data takes: {{ .Claimant.Nmae }} inside an
// {{ if $wd }} fails for the one wrongful-death client of the year, months
// after an office edited its letter. The checker below walks the parse tree
// once, with the Go type of every value instead of the value itself, so
// every branch is checked, without a case file. Where a type is not known
// statically (an interface such as any, a function that returns any) it
// stops checking that chain instead of guessing: a check that cries wolf on
// a correct template would teach people to ignore it.

// FieldProblem is one mistake the static check found in a template: a
// field or method its data does not have, a function that does not exist,
// or a syntax error. Line and Col count from 1 (Col in bytes, as Go's own
// tools count; 0 when unknown).
type FieldProblem struct {
	Line, Col int
	Message   string
}

func (p FieldProblem) String() string {
	if p.Col > 0 {
		return fmt.Sprintf("%d:%d: %s", p.Line, p.Col, p.Message)
	}
	return fmt.Sprintf("%d: %s", p.Line, p.Message)
}

// FuncTypes returns the reflect type of every function of a FuncMap, for
// CheckFields, and gives each named block the type of a block function
// (it prints a block marker). Taking the types from the real FuncMap, not
// from a list, is what keeps the check in step when a function is added.
func FuncTypes(fm template.FuncMap, blocks ...string) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for k, f := range fm {
		out[k] = reflect.TypeOf(f)
	}
	for _, b := range blocks {
		out[b] = blockFuncType
	}
	return out
}

// blockFuncType is the type a named block has in a template (see
// Engine.Execute): it returns Markup holding the block's token.
var blockFuncType = reflect.TypeOf(func(...any) (Markup, error) { return "", nil })

// Check parses one template file (front matter and all, as the engine
// does) and checks it against the type of its dot and its functions. It
// reports every unknown function and every unknown field in one run; a
// syntax error stops the parse, so it is reported alone.
func Check(name string, src []byte, dot reflect.Type, funcs map[string]reflect.Type) []FieldProblem {
	t, err := parseLoose(name, src)
	if err != nil {
		return []FieldProblem{syntaxProblem(name, err)}
	}
	return CheckFields(t, dot, funcs)
}

// parseLoose parses like Parse but without requiring the functions to
// exist, so that the checker can report all unknown functions, not the
// first one only.
func parseLoose(name string, src []byte) (*template.Template, error) {
	_, body := FrontMatter(src)
	tr := parse.New(name)
	tr.Mode = parse.SkipFuncCheck
	trees := map[string]*parse.Tree{}
	if _, err := tr.Parse(norm.NFC.String(string(body)), "", "", trees); err != nil {
		return nil, err
	}
	t := template.New(name).Option("missingkey=error")
	// The file's own tree first, so that t is the file and the defined
	// templates are associated with it.
	if main, ok := trees[name]; ok {
		if _, err := t.AddParseTree(name, main); err != nil {
			return nil, err
		}
	}
	for n, tt := range trees {
		if n == name {
			continue
		}
		if _, err := t.AddParseTree(n, tt); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// parseErrRE matches text/template's syntax errors: "template: NAME:LINE: msg".
var parseErrRE = regexp.MustCompile(`(?s)^template: .*?:(\d+): (.*)$`)

func syntaxProblem(name string, err error) FieldProblem {
	msg := err.Error()
	var te *TemplateError
	if errors.As(err, &te) {
		msg = te.Err.Error()
	}
	if m := parseErrRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return FieldProblem{Line: line, Message: "syntax: " + m[2]}
	}
	return FieldProblem{Line: 1, Message: strings.TrimPrefix(msg, "template: ")}
}

// CheckFields checks every field, method, variable and function a
// template uses against dot, the type the template runs with, and funcs,
// the types of its functions (see FuncTypes; the built-in functions of
// text/template and assemble's own lit, label and ref need not be given).
// Named templates are checked with the type of the data each
// {{ template }} call passes them. It returns the problems sorted by
// position.
func CheckFields(t *template.Template, dot reflect.Type, funcs map[string]reflect.Type) []FieldProblem {
	c := &checker{
		root:  t,
		funcs: map[string]reflect.Type{},
		seen:  map[string]bool{},
		done:  map[defKey]bool{},
	}
	for k, f := range pleadingFuncs() {
		c.funcs[k] = reflect.TypeOf(f)
	}
	c.funcs["lit"] = reflect.TypeOf(func(any) Markup { return "" })
	for k, f := range funcs {
		c.funcs[k] = f
	}
	if t.Tree != nil {
		c.template(t.Name(), t.Tree, known(dot))
	}
	// Named templates no call reaches are checked too, with an unknown
	// dot: what they do with variables and functions can still be checked.
	names := make([]string, 0)
	for _, tt := range t.Templates() {
		names = append(names, tt.Name())
	}
	sort.Strings(names)
	for _, n := range names {
		tt := t.Lookup(n)
		if tt == nil || tt.Tree == nil || c.visited(n) {
			continue
		}
		c.template(n, tt.Tree, nil)
	}
	sort.SliceStable(c.probs, func(i, j int) bool {
		if c.probs[i].Line != c.probs[j].Line {
			return c.probs[i].Line < c.probs[j].Line
		}
		return c.probs[i].Col < c.probs[j].Col
	})
	return c.probs
}

type checker struct {
	root  *template.Template
	funcs map[string]reflect.Type
	tree  *parse.Tree // the tree being walked, for positions
	vars  []variable
	probs []FieldProblem
	seen  map[string]bool
	done  map[defKey]bool
	// quiet is set while a range body is walked the first time, to learn
	// what its assignments do to variable types before the body is checked
	// (the second iteration sees the first one's assignments).
	quiet bool
}

type variable struct {
	name string
	typ  reflect.Type // nil: unknown
}

type defKey struct {
	name string
	dot  reflect.Type
}

func (c *checker) visited(name string) bool {
	for k := range c.done {
		if k.name == name {
			return true
		}
	}
	return false
}

// template walks a named template's tree with a fresh set of variables,
// as text/template runs it: $ is the data passed in.
func (c *checker) template(name string, tree *parse.Tree, dot reflect.Type) {
	k := defKey{name, dot}
	if c.done[k] {
		return
	}
	c.done[k] = true
	savedTree, savedVars := c.tree, c.vars
	c.tree, c.vars = tree, []variable{{"$", dot}}
	c.list(tree.Root, dot)
	c.tree, c.vars = savedTree, savedVars
}

func (c *checker) report(n parse.Node, delta int, format string, args ...any) {
	if c.quiet {
		return
	}
	loc, _ := c.tree.ErrorContext(n)
	line, col := 0, 0
	// loc is "name:line:byteOffsetInLine" (the offset counts from 0).
	if i := strings.LastIndex(loc, ":"); i > 0 {
		col, _ = strconv.Atoi(loc[i+1:])
		if j := strings.LastIndex(loc[:i], ":"); j >= 0 {
			line, _ = strconv.Atoi(loc[j+1 : i])
		}
	}
	p := FieldProblem{Line: line, Col: col + 1 + delta, Message: fmt.Sprintf(format, args...)}
	key := p.String()
	if c.seen[key] {
		return
	}
	c.seen[key] = true
	c.probs = append(c.probs, p)
}

func (c *checker) mark() int { return len(c.vars) }

func (c *checker) pop(m int) { c.vars = c.vars[:m] }

func (c *checker) lookupVar(name string) *variable {
	for i := len(c.vars) - 1; i >= 0; i-- {
		if c.vars[i].name == name {
			return &c.vars[i]
		}
	}
	return nil
}

// assign gives a variable a value of type t. A variable keeps a type
// only as long as every value it is given has that type: a variable that
// may hold two types is unknown from then on.
func (c *checker) assign(name string, t reflect.Type) {
	v := c.lookupVar(name)
	if v == nil {
		return // the parser has already rejected an undefined variable
	}
	if v.typ != t {
		v.typ = nil
	}
}

// declare handles the variables of a pipeline ({{ $x := ... }} or
// {{ $x = ... }}) that takes a value of type t.
func (c *checker) declare(p *parse.PipeNode, t reflect.Type) {
	for _, v := range p.Decl {
		if p.IsAssign {
			c.assign(v.Ident[0], t)
		} else {
			c.vars = append(c.vars, variable{v.Ident[0], t})
		}
	}
}

func (c *checker) list(l *parse.ListNode, dot reflect.Type) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		c.node(n, dot)
	}
}

func (c *checker) node(n parse.Node, dot reflect.Type) {
	switch x := n.(type) {
	case *parse.ActionNode:
		c.declare(x.Pipe, c.pipe(x.Pipe, dot))
	case *parse.IfNode:
		m := c.mark()
		c.declare(x.Pipe, c.pipe(x.Pipe, dot))
		m2 := c.mark()
		c.list(x.List, dot)
		c.pop(m2)
		c.list(x.ElseList, dot)
		c.pop(m)
	case *parse.WithNode:
		m := c.mark()
		t := c.pipe(x.Pipe, dot)
		c.declare(x.Pipe, t)
		m2 := c.mark()
		c.list(x.List, t)
		c.pop(m2)
		c.list(x.ElseList, dot)
		c.pop(m)
	case *parse.RangeNode:
		c.rangeNode(x, dot)
	case *parse.TemplateNode:
		t := c.pipe(x.Pipe, dot)
		if x.Pipe == nil {
			t = nil // {{ template "x" }} runs it with nil data
		}
		c.call(x, x.Name, t)
	case *parse.ListNode:
		c.list(x, dot)
	}
	// Text, comments, break and continue use no data.
}

// call checks a {{ template "name" pipeline }}: the named template with
// the type of the data it is given.
func (c *checker) call(n parse.Node, name string, dot reflect.Type) {
	tt := c.root.Lookup(name)
	if tt == nil || tt.Tree == nil {
		c.report(n, 0, "no template named %q is defined in this file", name)
		return
	}
	if c.quiet {
		return
	}
	c.template(name, tt.Tree, dot)
}

func (c *checker) rangeNode(x *parse.RangeNode, dot reflect.Type) {
	m := c.mark()
	t := c.pipe(x.Pipe, dot)
	key, elem := rangeTypes(t, len(x.Pipe.Decl))
	decl := func() {
		switch {
		case len(x.Pipe.Decl) == 1 && x.Pipe.IsAssign:
			c.assign(x.Pipe.Decl[0].Ident[0], elem)
		case len(x.Pipe.Decl) == 1:
			c.vars = append(c.vars, variable{x.Pipe.Decl[0].Ident[0], elem})
		case len(x.Pipe.Decl) == 2 && x.Pipe.IsAssign:
			c.assign(x.Pipe.Decl[0].Ident[0], key)
			c.assign(x.Pipe.Decl[1].Ident[0], elem)
		case len(x.Pipe.Decl) == 2:
			c.vars = append(c.vars, variable{x.Pipe.Decl[0].Ident[0], key}, variable{x.Pipe.Decl[1].Ident[0], elem})
		}
	}
	decl()
	m2 := c.mark()
	// A first, silent pass lets the assignments of one iteration reach the
	// next, which may read a variable before the body assigns it.
	quiet := c.quiet
	c.quiet = true
	c.list(x.List, elem)
	c.quiet = quiet
	c.pop(m2)
	c.list(x.List, elem)
	c.pop(m2)
	c.list(x.ElseList, dot)
	c.pop(m)
}

// rangeTypes is what {{ range }} over a value of type t gives: the key
// (or index) and the element, which is also the dot of the body.
func rangeTypes(t reflect.Type, nvars int) (key, elem reflect.Type) {
	t = deref(t)
	if t == nil {
		return nil, nil
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return reflect.TypeOf(0), known(t.Elem())
	case reflect.Map:
		return known(t.Key()), known(t.Elem())
	case reflect.Chan:
		return reflect.TypeOf(0), known(t.Elem())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return nil, t
	case reflect.Func:
		switch {
		case t.CanSeq():
			return nil, known(t.In(0).In(0))
		case t.CanSeq2():
			k, v := known(t.In(0).In(0)), known(t.In(0).In(1))
			if nvars < 2 {
				return nil, k
			}
			return k, v
		}
	}
	return nil, nil
}

// pipe returns the type of a pipeline's value: its last command's.
func (c *checker) pipe(p *parse.PipeNode, dot reflect.Type) reflect.Type {
	if p == nil {
		return nil
	}
	var t reflect.Type
	for i, cmd := range p.Cmds {
		t = c.command(cmd, dot, t, i > 0)
	}
	return t
}

// command returns the type of one command of a pipeline; piped is true
// when the previous command's value, of type prev, is passed as its last
// argument.
func (c *checker) command(cmd *parse.CommandNode, dot, prev reflect.Type, piped bool) reflect.Type {
	if len(cmd.Args) == 0 {
		return nil
	}
	args := cmd.Args[1:]
	nargs := len(args)
	if piped {
		nargs++
	}
	switch n := cmd.Args[0].(type) {
	case *parse.IdentifierNode:
		argTypes := make([]reflect.Type, 0, nargs)
		for _, a := range args {
			argTypes = append(argTypes, c.operand(a, dot))
		}
		if piped {
			argTypes = append(argTypes, prev)
		}
		return c.function(n, argTypes)
	case *parse.FieldNode:
		for _, a := range args {
			c.operand(a, dot)
		}
		return c.chain(n, dot, n.Ident, nargs)
	case *parse.VariableNode:
		for _, a := range args {
			c.operand(a, dot)
		}
		return c.variable(n, nargs)
	case *parse.ChainNode:
		for _, a := range args {
			c.operand(a, dot)
		}
		return c.chainNode(n, dot, nargs)
	}
	for _, a := range args {
		c.operand(a, dot)
	}
	return c.operand(cmd.Args[0], dot)
}

// operand returns the type of an argument.
func (c *checker) operand(n parse.Node, dot reflect.Type) reflect.Type {
	switch x := n.(type) {
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		return c.chain(x, dot, x.Ident, 0)
	case *parse.VariableNode:
		return c.variable(x, 0)
	case *parse.ChainNode:
		return c.chainNode(x, dot, 0)
	case *parse.PipeNode:
		return c.pipe(x, dot)
	case *parse.IdentifierNode:
		return c.function(x, nil) // a function called without arguments
	case *parse.StringNode:
		return reflect.TypeOf("")
	case *parse.BoolNode:
		return reflect.TypeOf(false)
	case *parse.NumberNode:
		switch {
		case x.IsInt:
			return reflect.TypeOf(0)
		case x.IsFloat:
			return reflect.TypeOf(0.0)
		case x.IsComplex:
			return reflect.TypeOf(0i)
		}
	}
	return nil
}

// variable resolves $x.A.B; $x alone is the variable's type.
func (c *checker) variable(n *parse.VariableNode, nargs int) reflect.Type {
	v := c.lookupVar(n.Ident[0])
	if v == nil {
		return nil
	}
	if len(n.Ident) == 1 {
		return v.typ
	}
	return c.chain(n, v.typ, n.Ident, nargs)
}

// chainNode resolves (pipeline).A.B.
func (c *checker) chainNode(n *parse.ChainNode, dot reflect.Type, nargs int) reflect.Type {
	base := c.operand(n.Node, dot)
	shown := n.Node.String()
	if _, ok := n.Node.(*parse.PipeNode); ok {
		shown = "(" + shown + ")"
	}
	// The chain's position is that of its first field, ".A".
	return c.fieldsAt(n, base, n.Field, 0, nargs, shown)
}

// chain resolves the fields of a field or variable node: idents[0] is
// the variable (or, for a field node, the first field, whose base is dot).
// The parser puts the node's position on its second element when it has
// more than one (on the first otherwise), so the first element's length
// is subtracted to find each element's column.
func (c *checker) chain(n parse.Node, base reflect.Type, idents []string, nargs int) reflect.Type {
	if _, isField := n.(*parse.FieldNode); isField {
		// .A.B: the first element is itself a field of dot.
		start := 0
		if len(idents) > 1 {
			start = -(len(idents[0]) + 1)
		}
		return c.fieldsAt(n, base, idents, start, nargs, "")
	}
	// $x.A.B: the position is that of .A.
	return c.fieldsAt(n, base, idents[1:], 0, nargs, idents[0])
}

// fieldsAt walks idents from base. start is the byte offset of the first
// ident's dot from the node's position; prefix is what the source shows
// before the first ident, for messages ("$c", "" for dot).
func (c *checker) fieldsAt(n parse.Node, t reflect.Type, idents []string, start, nargs int, prefix string) reflect.Type {
	off := start
	shown := prefix
	for i, name := range idents {
		if t == nil {
			return nil
		}
		last := i == len(idents)-1
		args := 0
		if last {
			args = nargs
		}
		next, msg := fieldOf(t, name, args)
		if msg != "" {
			c.report(n, off, "%s.%s: %s", shown, name, msg)
			return nil
		}
		t = next
		off += len(name) + 1
		shown += "." + name
	}
	return t
}

// fieldOf is what .name gives on a value of type t, as text/template
// evaluates it: a method of the value (or of a pointer to it), else a
// field of the struct or the entry of a map keyed by strings. msg says
// what is wrong, with the nearest correct name when there is one.
func fieldOf(t reflect.Type, name string, nargs int) (reflect.Type, string) {
	if t.Kind() == reflect.Interface {
		return nil, "" // the dynamic type decides: not checked
	}
	if m, ok := method(t, name); ok {
		return methodResult(m, name, nargs)
	}
	base := deref(t)
	if base == nil {
		return nil, ""
	}
	switch base.Kind() {
	case reflect.Interface:
		return nil, ""
	case reflect.Struct:
		if f, ok := base.FieldByName(name); ok {
			if !f.IsExported() {
				return nil, fmt.Sprintf("%s is an unexported field of %s", name, typeName(base))
			}
			if nargs > 0 {
				return nil, fmt.Sprintf("%s is a field of %s, not a method: it takes no arguments", name, typeName(base))
			}
			return known(f.Type), ""
		}
	case reflect.Map:
		if reflect.TypeOf("").AssignableTo(base.Key()) {
			// Which keys exist is only known when the template runs.
			return known(base.Elem()), ""
		}
	}
	msg := fmt.Sprintf("%s has no field or method %s", typeName(base), name)
	if s := suggestName(name, memberNames(t)); s != "" {
		msg += "; did you mean " + s + "?"
	}
	return nil, msg
}

// method finds an exported method of t, or of a pointer to t (text/template
// takes the address of an addressable value to call those).
func method(t reflect.Type, name string) (reflect.Method, bool) {
	if m, ok := t.MethodByName(name); ok {
		return m, true
	}
	if t.Kind() != reflect.Pointer {
		return reflect.PointerTo(t).MethodByName(name)
	}
	return reflect.Method{}, false
}

// methodResult is the type of calling method m with nargs arguments.
func methodResult(m reflect.Method, name string, nargs int) (reflect.Type, string) {
	mt := m.Type
	in := mt.NumIn() - 1 // the receiver
	switch {
	case mt.IsVariadic() && nargs < in-1:
		return nil, fmt.Sprintf("method %s needs at least %d %s", name, in-1, plural(in-1, "argument", "arguments"))
	case !mt.IsVariadic() && nargs != in:
		if in == 0 {
			return nil, fmt.Sprintf("method %s takes no arguments", name)
		}
		return nil, fmt.Sprintf("method %s needs %d %s", name, in, plural(in, "argument", "arguments"))
	}
	if mt.NumOut() == 0 {
		return nil, ""
	}
	return known(mt.Out(0)), ""
}

// function returns the result type of calling a function with arguments
// of the given types (nil where unknown).
func (c *checker) function(n *parse.IdentifierNode, args []reflect.Type) reflect.Type {
	if f, ok := c.funcs[n.Ident]; ok {
		if f == nil || f.Kind() != reflect.Func || f.NumOut() == 0 {
			return nil
		}
		return known(f.Out(0))
	}
	if t, ok := builtin(n.Ident, args); ok {
		return t
	}
	names := make([]string, 0, len(c.funcs)+len(builtinNames))
	for k := range c.funcs {
		if k != "lit" {
			names = append(names, k)
		}
	}
	names = append(names, builtinNames...)
	msg := fmt.Sprintf("function %q not defined", n.Ident)
	if s := suggestName(n.Ident, names); s != "" {
		msg += "; did you mean " + s + "?"
	}
	c.report(n, 0, "%s", msg)
	return nil
}

var builtinNames = []string{"and", "call", "eq", "ge", "gt", "html", "index", "js", "le", "len", "lt", "ne", "not", "or", "print", "printf", "println", "slice", "urlquery"}

// builtin is the result type of text/template's own functions.
func builtin(name string, args []reflect.Type) (reflect.Type, bool) {
	switch name {
	case "not", "eq", "ne", "lt", "le", "gt", "ge":
		return reflect.TypeOf(false), true
	case "len":
		return reflect.TypeOf(0), true
	case "print", "printf", "println", "html", "js", "urlquery":
		return reflect.TypeOf(""), true
	case "and", "or":
		// The result is one of the arguments: known only when they agree.
		var t reflect.Type
		for i, a := range args {
			if a == nil || (i > 0 && a != t) {
				return nil, true
			}
			t = a
		}
		return t, true
	case "index":
		if len(args) == 0 {
			return nil, true
		}
		t := args[0]
		for range args[1:] {
			t = deref(t)
			if t == nil {
				return nil, true
			}
			switch t.Kind() {
			case reflect.Slice, reflect.Array, reflect.Map:
				t = known(t.Elem())
			case reflect.String:
				t = reflect.TypeOf(byte(0))
			default:
				return nil, true
			}
		}
		return t, true
	case "slice":
		if len(args) == 0 || args[0] == nil {
			return nil, true
		}
		t := deref(args[0])
		switch {
		case t == nil:
			return nil, true
		case t.Kind() == reflect.String || t.Kind() == reflect.Slice:
			return t, true
		case t.Kind() == reflect.Array:
			return reflect.SliceOf(t.Elem()), true
		}
		return nil, true
	case "call":
		if len(args) == 0 || args[0] == nil || args[0].Kind() != reflect.Func || args[0].NumOut() == 0 {
			return nil, true
		}
		return known(args[0].Out(0)), true
	}
	return nil, false
}

// known returns t, or nil when t tells nothing statically (an interface).
func known(t reflect.Type) reflect.Type {
	if t == nil || t.Kind() == reflect.Interface {
		return nil
	}
	return t
}

// deref follows pointers, as text/template does.
func deref(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return known(t)
}

func typeName(t reflect.Type) string {
	if s := t.String(); s != "" {
		return s
	}
	return t.Kind().String()
}

// memberNames lists what may follow a dot on a value of type t: exported
// fields (promoted ones too) and methods.
func memberNames(t reflect.Type) []string {
	var out []string
	base := deref(t)
	if base == nil {
		return nil
	}
	if base.Kind() == reflect.Struct {
		for _, f := range reflect.VisibleFields(base) {
			if f.IsExported() && !f.Anonymous {
				out = append(out, f.Name)
			}
		}
	}
	pt := reflect.PointerTo(base)
	for i := 0; i < pt.NumMethod(); i++ {
		out = append(out, pt.Method(i).Name)
	}
	return out
}

// suggestName returns the name among known nearest to a mistyped one, or
// "" when none is near enough to be a plausible typo. Case is ignored
// (.claimant finds Claimant); of names equally near, the first in
// alphabetical order wins.
func suggestName(name string, known []string) string {
	sorted := slices.Clone(known)
	slices.Sort(sorted)
	return suggest.Nearest(name, sorted, strings.ToLower)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
