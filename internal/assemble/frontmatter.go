package assemble

import "bytes"

// FrontMatter splits a template that begins with a YAML front matter
// block ("---" lines around it) into the YAML and the template. The
// returned template keeps the front matter's lines as blank lines, so
// that errors still name the right line of the file.
func FrontMatter(src []byte) (meta, body []byte) {
	if !bytes.HasPrefix(src, []byte("---\n")) && !bytes.HasPrefix(src, []byte("---\r\n")) {
		return nil, src
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	for i := 1; i < len(lines); i++ {
		if string(bytes.TrimRight(lines[i], "\r\n")) == "---" {
			for _, l := range lines[1:i] {
				meta = append(meta, l...)
			}
			body = bytes.Repeat([]byte("\n"), i+1)
			for _, l := range lines[i+1:] {
				body = append(body, l...)
			}
			return meta, body
		}
	}
	return nil, src
}

// Ref returns the reference token for a label, for Go code that builds
// pleading paragraphs itself (a count's incorporation paragraph).
func Ref(name string) string { return string(refOpen) + name + string(refClose) }
