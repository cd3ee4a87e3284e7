package verify

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"strings"
	"testing"
)

// DOCX unzips a written .docx into its parts, by name. Reading every part
// to its end also checks each one's checksum.
func DOCX(t testing.TB, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a .docx (zip): %v", err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("part %s: %v", f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("part %s: %v", f.Name, err)
		}
		parts[f.Name] = b
	}
	return parts
}

// DOCXFile is DOCX for a file on disk.
func DOCXFile(t testing.TB, path string) map[string][]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return DOCX(t, data)
}

// DOCXText returns the text a reader of a written .docx sees in its body
// (word/document.xml), read from the parsed XML: the w:t runs in order, a
// tab as a space, a line break as a newline and each paragraph on a line
// of its own. Tests compare it after Fold, so a sentence is found however
// Word's runs split it.
func DOCXText(t testing.TB, data []byte) string {
	t.Helper()
	part, ok := DOCX(t, data)["word/document.xml"]
	if !ok {
		t.Fatal("the .docx has no word/document.xml")
	}
	const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	dec := xml.NewDecoder(bytes.NewReader(part))
	var b strings.Builder
	inT := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("word/document.xml: %v", err)
		}
		switch v := tok.(type) {
		case xml.StartElement:
			if v.Name.Space != w {
				continue
			}
			switch v.Name.Local {
			case "t":
				inT = true
			case "tab":
				b.WriteByte(' ')
			case "br", "cr":
				b.WriteByte('\n')
			}
		case xml.EndElement:
			if v.Name.Space != w {
				continue
			}
			switch v.Name.Local {
			case "t":
				inT = false
			case "p":
				b.WriteByte('\n')
			}
		case xml.CharData:
			if inT {
				b.Write(v)
			}
		}
	}
	return b.String()
}
