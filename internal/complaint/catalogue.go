package complaint

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/goccy/go-yaml"

	"redress/internal/assemble"
)

// countsDir holds one template per count.
const countsDir = "complaint/counts"

// Count is one entry of the count catalogue: a template file's front
// matter.
type Count struct {
	Key     string // file name without .md, e.g. bivens_excessive_force
	Title   string `yaml:"title"`
	Kind    string `yaml:"kind"`    // bivens | ftca
	Against string `yaml:"against"` // officers | united_states
	Basis   string `yaml:"basis"`
	File    string // template path within the templates file system
}

// FTCA reports whether the count runs against the United States under the
// Federal Tort Claims Act.
func (c Count) FTCA() bool { return c.Kind == "ftca" }

// Catalogue reads every count template's front matter, sorted by key.
func Catalogue(fsys fs.FS) ([]Count, error) {
	files, err := fs.Glob(fsys, countsDir+"/*.md")
	if err != nil {
		return nil, err
	}
	var out []Count
	for _, f := range files {
		src, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		meta, _ := assemble.FrontMatter(src)
		var c Count
		if err := yaml.UnmarshalWithOptions(meta, &c, yaml.Strict()); err != nil {
			return nil, &assemble.TemplateError{Name: f, Err: fmt.Errorf("%s: front matter: %w", f, err)}
		}
		c.Key, c.File = strings.TrimSuffix(path.Base(f), ".md"), f
		switch {
		case c.Title == "" || c.Basis == "":
			return nil, &assemble.TemplateError{Name: f, Err: fmt.Errorf("%s: front matter needs title and basis", f)}
		case c.Kind != "bivens" && c.Kind != "ftca":
			return nil, &assemble.TemplateError{Name: f, Err: fmt.Errorf("%s: kind must be bivens or ftca, not %q", f, c.Kind)}
		case c.Against != "officers" && c.Against != "united_states":
			return nil, &assemble.TemplateError{Name: f, Err: fmt.Errorf("%s: against must be officers or united_states, not %q", f, c.Against)}
		case (c.Kind == "bivens") != (c.Against == "officers"):
			// An agency or the United States is never a Bivens defendant
			// (FDIC v. Meyer); the FTCA runs only against the United States.
			return nil, &assemble.TemplateError{Name: f, Err: fmt.Errorf("%s: a bivens count runs against officers and an ftca count against the united_states", f)}
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}

// List writes the catalogue as "redress complaint --list-counts" prints it.
func List(cs []Count) string {
	var b bytes.Buffer
	for _, c := range cs {
		against := "the individual officers"
		if c.FTCA() {
			against = "the United States"
		}
		fmt.Fprintf(&b, "%-26s %s (%s; against %s)\n", c.Key, c.Title, strings.ToUpper(c.Kind), against)
	}
	return b.String()
}
