package output

import (
	"fmt"
	"io"
	"strings"

	"redress/internal/doc"
	"redress/internal/render/docx"
	"redress/internal/render/pdf"
)

// Format is one output format.
type Format struct {
	Name  string // as given to --format
	Ext   string // file extension with the dot
	Write func(w io.Writer, d *doc.Document) error
}

// Formats is every format redress writes, in the order files are written.
var Formats = []Format{
	{Name: "pdf", Ext: ".pdf", Write: pdf.Write},
	{Name: "docx", Ext: ".docx", Write: docx.Write},
}

// ParseFormats reads a --format value such as "pdf,docx" or "docx".
func ParseFormats(s string) ([]Format, error) {
	var out []Format
	seen := map[string]bool{}
	for _, part := range strings.Split(s, ",") {
		name := strings.ToLower(strings.TrimSpace(part))
		if name == "" || seen[name] {
			continue
		}
		found := false
		for _, f := range Formats {
			if f.Name == name {
				out, found = append(out, f), true
			}
		}
		if !found {
			return nil, fmt.Errorf("unknown format %q: use pdf, docx or pdf,docx", part)
		}
		seen[name] = true
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("--format names no format: use pdf, docx or pdf,docx")
	}
	return out, nil
}
