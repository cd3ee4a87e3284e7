package docx

import (
	"archive/zip"
	"bytes"
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
	b, err := io.ReadAll(rc)
	if err != nil {
		return err
	}
	return wellFormed(b)
}
