package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
)

// generatedParts are the parts written for each document: verify decodes
// them as XML. The other parts are copies of the base, whose XML is checked
// when the base is loaded (and by a test); for them verify reads the bytes
// through, which checks their CRC.
var generatedParts = map[string]bool{
	partDocument: true, partStyles: true, partNumbering: true,
	partHeader: true, partFooter: true, partCore: true,
}

// verify reopens a written package, checks every entry's checksum and
// decodes every generated XML part. The library's Write ignores the errors
// of each entry and of closing the zip, so a truncated or malformed package
// would otherwise go unnoticed until a lawyer tried to open it.
func verify(pkg []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		return fmt.Errorf("docx: written package is not a zip: %w", err)
	}
	found := 0
	for _, f := range zr.File {
		if generatedParts[f.Name] {
			found++
		}
		if err := checkEntry(f, generatedParts[f.Name]); err != nil {
			return fmt.Errorf("docx: written part %s: %w", f.Name, err)
		}
	}
	if found != len(generatedParts) {
		return fmt.Errorf("docx: written package lacks a generated part")
	}
	return nil
}

// checkEntry reads one zip entry to its end (archive/zip checks the CRC at
// EOF) and, when asXML is set, decodes it as XML.
func checkEntry(f *zip.File, asXML bool) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	if !asXML {
		_, err = io.Copy(io.Discard, rc)
		return err
	}
	return wellFormed(rc)
}

// wellFormed decodes r as XML to its end. It uses RawToken, which skips
// namespace resolution (the costly half of Token), and matches start and
// end tags itself.
func wellFormed(r io.Reader) error {
	dec := xml.NewDecoder(r)
	var open []xml.Name
	root := false
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			if len(open) > 0 {
				return fmt.Errorf("unclosed <%s:%s>", open[len(open)-1].Space, open[len(open)-1].Local)
			}
			if !root {
				return fmt.Errorf("no root element")
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(open) == 0 && root {
				return fmt.Errorf("second root element <%s>", t.Name.Local)
			}
			root = true
			open = append(open, t.Name)
		case xml.EndElement:
			if len(open) == 0 || open[len(open)-1] != t.Name {
				return fmt.Errorf("unexpected </%s:%s>", t.Name.Space, t.Name.Local)
			}
			open = open[:len(open)-1]
		}
	}
}
