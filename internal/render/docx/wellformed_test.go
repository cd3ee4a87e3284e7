package docx

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
)

// xmlDecodes is the reference: encoding/xml reads b to its end, matching
// tags, with one root element.
func xmlDecodes(b []byte) error {
	dec := xml.NewDecoder(strings.NewReader(string(b)))
	depth, roots := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			if roots != 1 {
				return errors.New("want one root")
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
		case xml.EndElement:
			depth--
		case xml.Directive:
			return errors.New("directive")
		case xml.ProcInst:
			if depth > 0 || roots > 0 {
				return errors.New("processing instruction")
			}
		}
	}
}

// TestWellFormedAgreesOnGeneratedParts runs both checks over every part of
// a rendered document: both must accept them all.
func TestWellFormedAgreesOnGeneratedParts(t *testing.T) {
	for name, b := range parts(t, mustRender(t, sampleDocument())) {
		if !strings.HasSuffix(name, ".xml") && !strings.HasSuffix(name, ".rels") {
			continue
		}
		if err := xmlDecodes(b); err != nil {
			t.Errorf("%s: encoding/xml: %v", name, err)
		}
		if err := wellFormed(b); err != nil {
			t.Errorf("%s: wellFormed: %v", name, err)
		}
	}
}

func TestWellFormedRejects(t *testing.T) {
	for _, bad := range []string{
		"", "<a>", "<a></b>", "<a><b></a></b>", "<a>&</a>", "<a>\x01</a>", "<a/><b/>",
		"<a>&nbsp;</a>", "<a>&#0;</a>", "<a>&#xD800;</a>", "<a x=1/>", `<a x="<"/>`, `<a x="1"y="2"/>`,
		"<a>\xff</a>", "<a>x</a>y", "<!-- c -- d --><a/>", "<a><!-- c </a>", "<!DOCTYPE a><a/>", "<a><![CDATA[x]]></a>", "<a><?pi x?></a>",
		"<1a/>", "<a></a >x", "<?xml version='1.0'", "<a b='\"'c='d'/>",
	} {
		if err := wellFormed([]byte(bad)); err == nil {
			t.Errorf("wellFormed(%q) = nil", bad)
		}
	}
	for _, good := range []string{
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" + `<w:a xmlns:w="u" w:x='1'><w:b/>x&amp;y&#233;&#xE9;&lt;&gt;&quot;&apos;</w:a >` + "\n",
		"<a>Nguyễn Văn Ân \t</a>",
		"<!-- top --><a><!-- in - side --></a>",
	} {
		if err := wellFormed([]byte(good)); err != nil {
			t.Errorf("wellFormed(%q) = %v", good, err)
		}
	}
}

// FuzzWellFormed: whatever wellFormed accepts, encoding/xml accepts too,
// so the fast check is never weaker than the one it replaced.
func FuzzWellFormed(f *testing.F) {
	for _, s := range []string{`<a b="c">d&amp;e</a>`, `<?xml version="1.0"?><w:a/>`, "<a><b/>\n</a>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if wellFormed(b) == nil {
			if err := xmlDecodes(b); err != nil {
				t.Fatalf("wellFormed accepts %q, encoding/xml says %v", b, err)
			}
		}
	})
}
