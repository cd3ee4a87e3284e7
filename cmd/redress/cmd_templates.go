package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"redress/internal/assemble"
	"redress/internal/drafts"
	"redress/internal/locale"
	"redress/internal/output"
	"redress/internal/suggest"
	"redress/templates"
)

// "redress templates" is how an office takes charge of its own wording:
// export the built-ins, edit them, check the edits without a case file,
// and draft with --templates DIR. The check matters because a template
// runs only on the path its data takes: a mistyped field in the
// wrongful-death paragraph would otherwise surface months later, on the
// one client it concerns.

func newTemplatesCommand() *cli.Command {
	return &cli.Command{
		Name:      "templates",
		Usage:     "list, export and check the templates the documents are drafted from",
		ArgsUsage: "list | export DIR | check DIR",
		Description: `The documents are drafted from templates: Markdown with Go template actions
   (letter/<language>.md, claim-letter/en.md, complaint/complaint.md and
   complaint/counts/<key>.md), language data (lang/<code>.yaml) and the case
   file 'redress init' writes (init/case.yaml). To change the wording, export
   them, edit the copies, check them, and draft with --templates DIR: a file
   there replaces the built-in of the same name.

EXAMPLE:
   redress templates list
   redress templates export mytemplates
   redress templates check mytemplates
   redress letter samples/illinois-torres.yaml --templates mytemplates

` + exitStatusHelp,
		OnUsageError: onUsageError,
		Subcommands: []*cli.Command{
			{
				Name:      "list",
				Usage:     "list the built-in templates and what each is for",
				ArgsUsage: " ",
				Description: `Prints one line per built-in template file: its path, what it is for, and for
   a count its title. With --templates DIR, marks the ones DIR overrides and
   lists the files in DIR that override nothing (a new count or language, or a
   misspelt name that redress will never read).

EXAMPLE:
   redress templates list --templates mytemplates

` + exitStatusHelp,
				Flags:        []cli.Flag{templatesFlag()},
				OnUsageError: onUsageError,
				Action:       runTemplatesList,
			},
			{
				Name:      "export",
				Usage:     "copy every built-in template into DIR, to edit",
				ArgsUsage: "DIR",
				Description: `Copies every built-in template into DIR with the same relative paths
   (letter/en.md, complaint/counts/..., creating the folders), byte for byte.
   An existing file stops the run before anything is written, unless --force.
   Prints each file written.

EXAMPLE:
   redress templates export mytemplates

` + exitStatusHelp,
				Flags:        []cli.Flag{&cli.BoolFlag{Name: "force", Usage: "overwrite existing files"}},
				OnUsageError: onUsageError,
				Action:       runTemplatesExport,
			},
			{
				Name:      "check",
				Usage:     "check the templates in DIR without a case file",
				ArgsUsage: "DIR",
				Description: `Parses every template in DIR (the .md files under letter/, claim-letter/ and
   complaint/) and checks each against the data it is drafted with: syntax
   errors, unknown functions and unknown fields (with the nearest correct name)
   are all reported in one run, as DIR/path.md:line:col: message, for every
   branch of the template, whatever a case file holds. Exits 3 when anything
   is wrong.

EXAMPLE:
   redress templates check mytemplates

` + exitStatusHelp,
				OnUsageError: onUsageError,
				Action:       runTemplatesCheck,
			},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError{fmt.Sprintf("unknown templates command %q: use list, export DIR or check DIR", c.Args().First())}
			}
			return cli.ShowSubcommandHelp(c)
		},
	}
}

// builtinFiles returns the paths of the built-in template files, sorted.
func builtinFiles() ([]string, error) {
	var out []string
	err := fs.WalkDir(templates.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// userFiles returns the paths (slash separated, relative to dir) of the
// files in dir, sorted; hidden files and folders (.git, editor state) are
// left out.
func userFiles(dir string) ([]string, error) {
	var out []string
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// templatesDir checks that a folder given on the command line can be read.
func templatesDir(dir, what string) error {
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", errNoInput, what, err)
	}
	if !st.IsDir() {
		return fmt.Errorf("%w: %s %s is not a folder", errNoInput, what, dir)
	}
	return nil
}

// describe says what a template file is for.
func describe(p string, src []byte) string {
	k, ok := drafts.TemplateKindOf(p)
	if !ok {
		return "not read by redress"
	}
	stem := strings.TrimSuffix(path.Base(p), path.Ext(p))
	switch k.Name {
	case "letter":
		return "letter: client advisory letter (" + stem + ")"
	case "claim letter":
		return "claim letter: SF-95 presentment letter (" + stem + ")"
	case "complaint":
		return "complaint: the complaint's frame (caption to signature)"
	case "count":
		if t := drafts.CountTitle(src); t != "" {
			return "count: " + t
		}
		return "count: (no title in its front matter)"
	case "language data":
		return "language data: words, dates and money of " + stem + " letters"
	case "init":
		return "init: the case file 'redress init' writes"
	}
	return k.Name
}

func runTemplatesList(c *cli.Context) error {
	if c.NArg() > 0 {
		return usageError{"templates list takes no arguments (use --templates DIR to compare a folder)"}
	}
	set, err := officeSettings(c) // --templates, else the office's folder
	if err != nil {
		return err
	}
	dir := set.Templates
	builtin, err := builtinFiles()
	if err != nil {
		return err
	}
	var user []string
	if dir != "" {
		if err := templatesDir(dir, settingFrom(set.Get("templates"))); err != nil {
			return err
		}
		if user, err = userFiles(dir); err != nil {
			return fmt.Errorf("%w: %w", errNoInput, err)
		}
	}
	inUser := map[string]bool{}
	for _, p := range user {
		inUser[p] = true
	}
	tw := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
	for _, p := range builtin {
		src, err := fs.ReadFile(templates.FS, p)
		if err != nil {
			return err
		}
		line := p + "\t" + describe(p, src)
		if inUser[p] {
			line += "\toverridden by " + filepath.Join(dir, filepath.FromSlash(p))
		}
		fmt.Fprintln(tw, line)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	isBuiltin := map[string]bool{}
	for _, p := range builtin {
		isBuiltin[p] = true
	}
	var extra []string
	for _, p := range user {
		if !isBuiltin[p] {
			extra = append(extra, p)
		}
	}
	if len(extra) == 0 {
		return nil
	}
	fmt.Fprintf(c.App.Writer, "\nIn %s, overriding no built-in:\n", dir)
	tw = tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
	for _, p := range extra {
		fmt.Fprintln(tw, filepath.Join(dir, filepath.FromSlash(p))+"\t"+extraNote(p, dir, builtin, inUser))
	}
	return tw.Flush()
}

// extraNote says what a file of the user's folder that replaces no
// built-in is: something redress reads anyway (a new count, a new
// language), or probably a typo, with the built-in it may have meant.
func extraNote(p, dir string, builtin []string, inUser map[string]bool) string {
	k, ok := drafts.TemplateKindOf(p)
	stem := strings.TrimSuffix(path.Base(p), path.Ext(p))
	if ok {
		switch k.Name {
		case "count":
			src, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
			if title := drafts.CountTitle(src); title != "" {
				return "adds a count: " + title
			}
			return "adds a count, but its front matter has no title (run 'redress templates check')"
		case "letter":
			note := "adds a letter language (" + stem + ")"
			if !inUser["lang/"+stem+".yaml"] && !contains(builtin, "lang/"+stem+".yaml") {
				note += "; it also needs lang/" + stem + ".yaml, or letters stay English"
			}
			return note
		case "language data":
			note := "adds language data (" + stem + ")"
			if !inUser["letter/"+stem+".md"] && !contains(builtin, "letter/"+stem+".md") {
				note += "; it also needs letter/" + stem + ".md, or letters stay English"
			}
			return note
		}
		return "adds a " + k.Name + " template that no command reads"
	}
	note := "overrides nothing: probably a typo, redress never reads this file"
	if s := nearestPath(p, builtin); s != "" {
		note += " (did you mean " + s + "?)"
	}
	return note
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// nearestPath returns the built-in path nearest to p when it is near
// enough to be a typo of it (a few edits, or the same file name in
// another folder).
func nearestPath(p string, builtin []string) string {
	best, bestD := "", -1
	for _, b := range builtin {
		d := suggest.Distance(strings.ToLower(p), strings.ToLower(b))
		if bestD < 0 || d < bestD {
			best, bestD = b, d
		}
	}
	if bestD >= 0 && bestD <= 3 {
		return best
	}
	for _, b := range builtin {
		if path.Base(b) == path.Base(p) && path.Base(path.Dir(b)) != "letter" {
			return b
		}
	}
	return ""
}

func runTemplatesExport(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageError{"templates export needs exactly one folder, e.g. 'redress templates export mytemplates'"}
	}
	dir := c.Args().First()
	files, err := builtinFiles()
	if err != nil {
		return err
	}
	// Every target is checked before anything is written, so a refused
	// export leaves DIR as it was.
	var exists []string
	for _, p := range files {
		target := filepath.Join(dir, filepath.FromSlash(p))
		if st, err := os.Stat(filepath.Dir(target)); err == nil && !st.IsDir() {
			return fmt.Errorf("%w: %s is a file, not a folder", errCantWrite, filepath.Dir(target))
		}
		if _, err := os.Lstat(target); err == nil && !c.Bool("force") {
			exists = append(exists, target)
		}
	}
	if len(exists) > 0 {
		msg := exists[0] + " exists"
		if len(exists) > 1 {
			msg = fmt.Sprintf("%s and %d more %s exist", exists[0], len(exists)-1, plural(len(exists)-1, "file", "files"))
		}
		return fmt.Errorf("%w: %s; nothing was written (use --force to overwrite)", errCantWrite, msg)
	}
	// output.WriteAll writes one folder at a time, each file atomically.
	byDir := map[string][]output.File{}
	var dirs []string
	for _, p := range files {
		data, err := fs.ReadFile(templates.FS, p)
		if err != nil {
			return err
		}
		d := filepath.Join(dir, filepath.FromSlash(path.Dir(p)))
		if _, ok := byDir[d]; !ok {
			dirs = append(dirs, d)
		}
		byDir[d] = append(byDir[d], output.File{Name: path.Base(p), Data: data})
	}
	for _, d := range dirs {
		if err := writeFiles(d, byDir[d], c.Bool("force")); err != nil {
			return fmt.Errorf("%w: %w", errCantWrite, err)
		}
	}
	for _, p := range files {
		fmt.Fprintln(c.App.Writer, filepath.Join(dir, filepath.FromSlash(p)))
	}
	return nil
}

// problem is one thing wrong in a templates folder.
type problem struct {
	file      string // as the user names it: DIR/letter/en.md
	line, col int    // 0 when unknown
	msg       string
}

func (p problem) String() string {
	switch {
	case p.line > 0 && p.col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", p.file, p.line, p.col, p.msg)
	case p.line > 0:
		return fmt.Sprintf("%s:%d: %s", p.file, p.line, p.msg)
	}
	return p.file + ": " + p.msg
}

// checkedDirs are the folders whose .md files are templates.
var checkedDirs = []string{"letter/", "claim-letter/", "complaint/"}

func runTemplatesCheck(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageError{"templates check needs exactly one folder, e.g. 'redress templates check mytemplates'"}
	}
	dir := c.Args().First()
	if err := templatesDir(dir, "templates check"); err != nil {
		return err
	}
	files, err := userFiles(dir)
	if err != nil {
		return fmt.Errorf("%w: %w", errNoInput, err)
	}
	builtin, err := builtinFiles()
	if err != nil {
		return err
	}
	var probs []problem
	n := 0
	for _, p := range files {
		name := filepath.Join(dir, filepath.FromSlash(p))
		if !isTemplatePath(p) {
			if !contains(builtin, p) && path.Dir(p) != "lang" {
				if _, ok := drafts.TemplateKindOf(p); !ok {
					warnUnread(c, name, p, builtin)
				}
			}
			continue
		}
		k, ok := drafts.TemplateKindOf(p)
		if !ok {
			warnUnread(c, name, p, builtin)
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			return fmt.Errorf("%w: %w", errNoInput, err)
		}
		n++
		if k.Name == "count" {
			if msg := drafts.CheckCount(p, src); msg != "" {
				probs = append(probs, problem{file: name, line: 1, msg: msg})
			}
		}
		for _, fp := range assemble.Check(p, src, k.Dot, k.Funcs) {
			probs = append(probs, problem{file: name, line: fp.Line, col: fp.Col, msg: fp.Message})
		}
	}
	probs = append(probs, checkLanguageFiles(dir)...)
	sort.SliceStable(probs, func(i, j int) bool {
		if probs[i].file != probs[j].file {
			return probs[i].file < probs[j].file
		}
		return probs[i].line < probs[j].line
	})
	if len(probs) == 0 {
		fmt.Fprintf(c.App.Writer, "%d %s checked, no problems\n", n, plural(n, "template", "templates"))
		return nil
	}
	var b bytes.Buffer
	for _, p := range probs {
		fmt.Fprintln(&b, p.String())
	}
	fmt.Fprint(c.App.ErrWriter, b.String())
	summary := fmt.Sprintf("%d %s checked: %d %s", n, plural(n, "template", "templates"), len(probs), plural(len(probs), "problem", "problems"))
	fmt.Fprintln(c.App.ErrWriter, "redress: "+summary)
	return fmt.Errorf("%w: %w", errReported, &assemble.TemplateError{Name: dir, Err: errors.New(summary)})
}

// isTemplatePath reports whether p is a .md file in a template folder.
func isTemplatePath(p string) bool {
	if path.Ext(p) != ".md" {
		return false
	}
	for _, d := range checkedDirs {
		if strings.HasPrefix(p, d) {
			return true
		}
	}
	return false
}

// warnUnread warns about a file of the folder that redress never reads:
// the edits in it would silently have no effect.
func warnUnread(c *cli.Context, name, p string, builtin []string) {
	msg := "warning: " + name + ": redress never reads this file"
	if s := nearestPath(p, builtin); s != "" {
		msg += " (did you mean " + s + "?)"
	}
	fmt.Fprintln(c.App.ErrWriter, msg+"; not checked")
}

// checkLanguageFiles checks the language data (lang/<code>.yaml) of a
// templates folder against English (the folder's lang/en.yaml if it has
// one, else the built-in): every key there, with the same placeholders,
// and formats that make sense.
func checkLanguageFiles(dir string) []problem {
	fsys := assemble.Overlay(os.DirFS(dir), templates.FS)
	files, _ := fs.Glob(os.DirFS(dir), "lang/*.yaml")
	var probs []problem
	for _, f := range files {
		code := strings.TrimSuffix(path.Base(f), ".yaml")
		for _, p := range locale.Check(fsys, code) {
			probs = append(probs, problem{file: filepath.Join(dir, filepath.FromSlash(f)), line: p.Line, msg: p.Message})
		}
	}
	return probs
}
