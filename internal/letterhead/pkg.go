package letterhead

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"strings"
)

// The letterhead's package: the zip, its content types and the
// relationships of its parts. Parts are read when they are needed, each
// bounded (limits.go), so that the parts redress leaves out are never
// unpacked.

// pkg is an opened letterhead package.
type pkg struct {
	files    map[string]*zip.File // by part name, lower case (OPC names ignore case)
	names    []string             // part names in the zip's order
	defaults map[string]string    // content type by extension, lower case
	override map[string]string    // content type by part name, lower case
	unpacked int64                // bytes read so far
}

// Signatures of the files people mistake for a .docx.
var (
	oleMagic  = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1} // .doc, and an encrypted .docx
	zipMagic  = []byte("PK\x03\x04")
	pngMagic  = []byte("\x89PNG\r\n\x1a\n")
	jpegMagic = []byte{0xFF, 0xD8, 0xFF}
	// encryptedPackage is the stream name, in UTF-16, that an encrypted
	// .docx keeps its package in (inside an OLE file, as a .doc is).
	encryptedPackage = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00")
)

// sniff rejects what is not a zip package at all, saying what it is.
func sniff(data []byte) error {
	switch {
	case len(data) > MaxSize:
		return TooLarge(int64(len(data)))
	case bytes.HasPrefix(data, oleMagic) && bytes.Contains(data, encryptedPackage):
		return wrongFile("open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password, and clear it) and save it again",
			"is protected with a password (encrypted), so its header cannot be read")
	case bytes.HasPrefix(data, oleMagic):
		return wrongFile(fixSaveAs, "is an old Word 97-2003 document (.doc), not a .docx")
	case bytes.HasPrefix(data, []byte("%PDF")):
		return wrongFile(fixSaveAs, "is a PDF, not a Word document; redress needs the letterhead as a .docx")
	case bytes.HasPrefix(data, pngMagic) || bytes.HasPrefix(data, jpegMagic):
		return wrongFile("", "is an image, not a Word document; a letterhead is a .docx whose header and footer hold the firm's name and logo (an image alone goes in firm.logo)")
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return wrongFile(fixSaveAs, "is a Rich Text (.rtf) file, not a .docx")
	case !bytes.HasPrefix(data, zipMagic):
		return wrongFile(fixSaveAs, "is not a Word document (.docx)")
	}
	return nil
}

// openPackage opens the zip and reads its content types.
func openPackage(data []byte) (*pkg, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, wrongFile(fixDamaged, "is not a Word document: it is a damaged zip package (%v)", err)
	}
	if len(zr.File) > MaxParts {
		return nil, wrongFile("is this the right file?", "is a zip of %d files; a Word letterhead has a few dozen parts at most (redress reads up to %d)", len(zr.File), MaxParts)
	}
	p := &pkg{files: map[string]*zip.File{}, defaults: map[string]string{}, override: map[string]string{}}
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, "/") {
			continue
		}
		name := strings.TrimPrefix(f.Name, "/")
		key := strings.ToLower(name)
		if _, dup := p.files[key]; dup {
			return nil, wrongFile(fixDamaged, "is damaged: it holds two parts named %s", name)
		}
		p.files[key] = f
		p.names = append(p.names, name)
	}
	if f := p.files["mimetype"]; f != nil {
		if b, err := p.read("mimetype"); err == nil && bytes.HasPrefix(b, []byte("application/vnd.oasis.opendocument")) {
			return nil, wrongFile("open it in LibreOffice and save it as Word 2007-365 (.docx)", "is an OpenDocument file (.odt), not a Word document")
		}
	}
	ct, err := p.read("[Content_Types].xml")
	if errors.Is(err, errMissing) {
		if p.has("word/document.xml") {
			return nil, wrongFile(fixDamaged, "is damaged: it has no [Content_Types].xml")
		}
		return nil, wrongFile(fixSaveAs, "is a zip file but not a Word document: it has no word/document.xml")
	}
	if err != nil {
		return nil, err
	}
	x, err := parseXML(ct)
	if err != nil {
		return nil, wrongFile(fixDamaged, "is damaged: its [Content_Types].xml is not well-formed XML (%v)", err)
	}
	for i := range x.toks {
		switch {
		case x.is(i, nsCT, "Default"):
			ext, _ := x.attr(i, "", "Extension")
			typ, _ := x.attr(i, "", "ContentType")
			p.defaults[strings.ToLower(ext)] = typ
		case x.is(i, nsCT, "Override"):
			name, _ := x.attr(i, "", "PartName")
			typ, _ := x.attr(i, "", "ContentType")
			p.override[strings.ToLower(strings.TrimPrefix(name, "/"))] = typ
		}
	}
	return p, nil
}

// errMissing is read's error for a part the package lacks.
var errMissing = errors.New("no such part")

func (p *pkg) has(name string) bool {
	_, ok := p.files[strings.ToLower(name)]
	return ok
}

// read unpacks a part, checking its checksum and the limits.
func (p *pkg) read(name string) ([]byte, error) {
	f := p.files[strings.ToLower(name)]
	if f == nil {
		return nil, errMissing
	}
	if f.UncompressedSize64 > MaxPartSize {
		return nil, partTooLarge(name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, wrongFile(fixDamaged, "is damaged: its part %s cannot be read (%v)", name, err)
	}
	defer rc.Close()
	// The size in the zip's directory may lie: read one byte more than
	// allowed to know.
	b, err := io.ReadAll(io.LimitReader(rc, MaxPartSize+1))
	if err != nil {
		return nil, wrongFile(fixDamaged, "is damaged: its part %s cannot be read (%v)", name, err)
	}
	if len(b) > MaxPartSize {
		return nil, partTooLarge(name)
	}
	if p.unpacked += int64(len(b)); p.unpacked > MaxUnpacked {
		return nil, wrongFile("is this the right file?", "unpacks to more than %d MiB; a letterhead is a small document", MaxUnpacked>>20)
	}
	return b, nil
}

func partTooLarge(name string) error {
	if strings.HasSuffix(strings.ToLower(name), ".xml") {
		return wrongFile("is this the right file? A letterhead's header holds the firm's name, address and logo",
			"holds a part (%s) of more than %d MiB of text unpacked; Word writes a letterhead's in a few kilobytes", name, MaxPartSize>>20)
	}
	return wrongFile("is this the right file? If it is, make its pictures smaller (in Word: Picture Format > Compress Pictures) and save it again",
		"holds a part (%s) of more than %d MiB unpacked; a letterhead's parts are a few kilobytes of text and pictures of a few hundred", name, MaxPartSize>>20)
}

// contentType returns a part's content type, "" if none is declared.
func (p *pkg) contentType(name string) string {
	if ct, ok := p.override[strings.ToLower(name)]; ok {
		return ct
	}
	return p.defaults[strings.ToLower(strings.TrimPrefix(path.Ext(name), "."))]
}

// rel is one relationship of a part.
type rel struct {
	id, typ, target string
	// part is the internal target as a part name ("" for an external
	// one); outside is set when it leaves the package.
	part     string
	external bool
	outside  bool
}

// relsName is the relationships part of a part: word/_rels/header1.xml.rels.
func relsName(part string) string {
	dir, file := path.Split(part)
	return dir + "_rels/" + file + ".rels"
}

// rels reads the relationships of a part (none if it has no .rels part).
// A target that names a web address or a network share counts as
// external whatever its TargetMode says: it is not a part.
func (p *pkg) rels(source string) ([]rel, error) {
	name := relsName(source)
	b, err := p.read(name)
	if errors.Is(err, errMissing) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	x, err := parseXML(b)
	if err != nil {
		return nil, unusable("its relationships part %s is not well-formed XML (%v)", name, err)
	}
	var out []rel
	for i := range x.toks {
		if !x.is(i, nsPkg, "Relationship") {
			continue
		}
		var r rel
		r.id, _ = x.attr(i, "", "Id")
		r.typ, _ = x.attr(i, "", "Type")
		r.target, _ = x.attr(i, "", "Target")
		mode, _ := x.attr(i, "", "TargetMode")
		r.external = strings.EqualFold(mode, "External") || looksExternal(r.target)
		if !r.external {
			t := r.target
			if u, err := url.PathUnescape(t); err == nil {
				t = u
			}
			if strings.HasPrefix(t, "/") {
				t = path.Clean(t[1:])
			} else {
				t = path.Join(path.Dir(source), t)
			}
			r.outside = t == "." || t == ".." || strings.HasPrefix(t, "../")
			r.part = t
		}
		out = append(out, r)
	}
	return out, nil
}

// looksExternal reports a reference to something outside the package: a
// URL with a scheme (http:, file:, mailto:), a network share (\\server),
// a protocol-relative or Windows drive path.
func looksExternal(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, `\\`) || strings.HasPrefix(s, "//") || strings.Contains(s, `\`) {
		return true
	}
	if i := strings.IndexByte(s, ':'); i > 0 {
		if j := strings.IndexByte(s, '/'); j < 0 || i < j {
			return true
		}
	}
	return false
}

// mainDocument finds the main document part: the target of the package's
// officeDocument relationship, else word/document.xml.
func (p *pkg) mainDocument() (string, error) {
	rels, err := p.rels("")
	if err != nil {
		return "", err
	}
	main := ""
	for _, r := range rels {
		switch r.typ {
		case relTypeBase + "officeDocument":
			if !r.external && !r.outside {
				main = r.part
			}
		case strictRelBase + "officeDocument":
			return "", errStrict
		}
	}
	if main == "" {
		main = "word/document.xml"
	}
	if !p.has(main) {
		return "", wrongFile(fixSaveAs, "is a zip file but not a Word document: it has no %s", main)
	}
	switch ct := p.contentType(main); ct {
	case ctDocument, ctTemplate, ctMacroDocument, ctMacroTemplate:
	default:
		return "", wrongFile(fixSaveAs, "is a zip file but not a Word document: its main part %s is of type %q", main, ct)
	}
	return main, nil
}

// errStrict is a document saved as Strict Open XML: the same parts under
// other namespaces, which Word writes only when asked to.
var errStrict = wrongFile(`open it in Word and save it again with "Save as type: Word Document (*.docx)"`,
	"is saved as Strict Open XML, which redress does not read")

// Relationship types, content types and namespaces of the parts redress
// reads or copies.
const (
	relTypeBase   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	strictRelBase = "http://purl.oclc.org/ooxml/officeDocument/relationships/"
	nsStrictW     = "http://purl.oclc.org/ooxml/wordprocessingml/main"

	ctWordBase      = "application/vnd.openxmlformats-officedocument.wordprocessingml."
	ctDocument      = ctWordBase + "document.main+xml"
	ctTemplate      = ctWordBase + "template.main+xml"
	ctMacroDocument = "application/vnd.ms-word.document.macroEnabled.main+xml"
	ctMacroTemplate = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
	ctFont          = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
)

// partsFmt lists part names for a message: the first three, and how many
// more.
func partsFmt(names []string) string {
	if len(names) <= 3 {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(names[:3], ", "), len(names)-3)
}
