package letterhead

import (
	"errors"
	"fmt"
	"path"
	"strings"
	"sync/atomic"
)

// Letterhead is a letterhead .docx opened, bounded and sanitised: what a
// document built on it takes, and nothing else. It is shared by every
// document drafted on it and never changed.
type Letterhead struct {
	// Page is the page setup of the letterhead's last section.
	Page Page
	// Headers and Footers are those of the last section (inherited from
	// an earlier section where it has none, as Word does), by kind:
	// "default" and, when Page.TitlePg, "first". Even-page headers are
	// not taken.
	Headers, Footers map[string]*Part
	// Styles is the styles part (root <w:styles>), nil if there is none.
	Styles []byte
	// FontTable (root <w:fonts>) and Theme are nil if there is none.
	FontTable, Theme *Part
	// Media are the pictures and embedded fonts the parts refer to, in
	// the order of first reference, under names of their own
	// (word/media/letterhead1.png, word/fonts/letterhead2.odttf) that no
	// part of the writer's has.
	Media []Media
	// Dropped says what was left out because it could run code or reach
	// outside the document when a reader opens it (macros, links to the
	// web or to network shares, fields that fetch, embedded objects), one
	// phrase each, in the order found.
	Dropped []string

	reported atomic.Bool
}

// DroppedOnce returns Dropped the first time it is called and nil after:
// a run drafts many documents on one opened letterhead, and says once
// what was left out of them.
func (lh *Letterhead) DroppedOnce() []string {
	if len(lh.Dropped) == 0 || lh.reported.Swap(true) {
		return nil
	}
	return lh.Dropped
}

// Part is one XML part: its content, written again (see xml.go), and its
// relationships, all internal.
type Part struct {
	XML  []byte
	Rels []Rel
}

// Rel is a relationship of a Part. Target is the name of one of the
// Letterhead's Media.
type Rel struct {
	ID, Type, Target string
}

// Media is a picture or a font.
type Media struct {
	Name        string // the part name in a package built on the letterhead
	ContentType string
	Data        []byte
}

// Page is a page setup, in twips.
type Page struct {
	Width, Height            int
	Landscape                bool
	Top, Right, Bottom, Left int
	Header, Footer, Gutter   int
	// TitlePg is Word's "different first page".
	TitlePg bool
}

// TextWidth and TextHeight are the page's text area, twips. A negative
// top or bottom margin (the text does not move down for a tall header)
// counts by its size.
func (p Page) TextWidth() int  { return p.Width - p.Left - p.Right - p.Gutter }
func (p Page) TextHeight() int { return p.Height - abs(p.Top) - abs(p.Bottom) }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Relationship and content types of the parts a letterhead gives.
const (
	RelImage = relTypeBase + "image"
	RelFont  = relTypeBase + "font"
	relHdr   = relTypeBase + "header"
	relFtr   = relTypeBase + "footer"
	relSty   = relTypeBase + "styles"
	relFonts = relTypeBase + "fontTable"
	relTheme = relTypeBase + "theme"
)

// Open opens a letterhead: data is the whole .docx file. It is the one
// check of a letterhead: casefile calls it when a case is loaded (so that
// validate reports what drafting would), and the DOCX writer builds on
// what it returns. A file it refuses gets an *Error, whose text follows
// the file's name.
//
// What is taken: the headers and footers of the last section, the
// pictures they show, the styles, the font table with its embedded fonts,
// the theme with its pictures, and the page setup. Every XML part taken is
// checked, rewritten (xml.go) and cleaned of what could act when a reader
// opens a letter (sanitise.go); Dropped lists what went.
func Open(data []byte) (*Letterhead, error) {
	if err := sniff(data); err != nil {
		return nil, err
	}
	p, err := openPackage(data)
	if err != nil {
		return nil, err
	}
	main, err := p.mainDocument()
	if err != nil {
		return nil, err
	}
	b, err := p.read(main)
	if err != nil {
		return nil, err
	}
	doc, err := parseXML(b)
	if err != nil {
		return nil, unusable("its main document %s is not well-formed XML (%v)", main, err)
	}
	if r := doc.root(); r.ns == nsStrictW {
		return nil, errStrict
	} else if r.ns != nsW || r.name.Local != "document" {
		return nil, wrongFile(fixSaveAs, "is not a Word document: its main part %s is <%s>, not <w:document>", main, qname(r.name))
	}
	docRels, err := p.rels(main)
	if err != nil {
		return nil, err
	}
	s := &sanitiser{pkg: p, media: map[string]string{}}
	s.macros()
	lh := &Letterhead{Headers: map[string]*Part{}, Footers: map[string]*Part{}}
	sect, err := readSection(doc, docRels, main)
	if err != nil {
		return nil, err
	}
	lh.Page = sect.page
	kinds := []string{"default"}
	if lh.Page.TitlePg {
		kinds = append(kinds, "first") // Word shows a first-page header only then
	}
	for _, kind := range kinds {
		if name := sect.headers[kind]; name != "" {
			if lh.Headers[kind], err = s.carry(name, &headerRole); err != nil {
				return nil, err
			}
		}
		if name := sect.footers[kind]; name != "" {
			if lh.Footers[kind], err = s.carry(name, &footerRole); err != nil {
				return nil, err
			}
		}
	}
	if len(lh.Headers) == 0 && len(lh.Footers) == 0 {
		return nil, unusable("its page has no header and no footer, so there is nothing of it to put on a letter (in Word: Insert > Header, and type the firm's name there)")
	}
	for _, r := range docRels {
		if r.external || r.outside {
			continue
		}
		var dst **Part
		var role *role
		switch r.typ {
		case relSty:
			var st *Part
			if st, err = s.carry(r.part, &stylesRole); err != nil {
				return nil, err
			}
			lh.Styles = st.XML
			continue
		case relFonts:
			dst, role = &lh.FontTable, &fontTableRole
		case relTheme:
			dst, role = &lh.Theme, &themeRole
		default:
			continue
		}
		if *dst, err = s.carry(r.part, role); err != nil {
			return nil, err
		}
	}
	lh.Media, lh.Dropped = s.out, s.dropped
	return lh, nil
}

// role is what a part is to the letterhead: what to call it in a
// message, its root element, and the relationships it may keep, by type,
// with the content types their targets may have.
type role struct {
	what    string
	rootNS  string
	root    string
	allowed map[string][]string
}

// The pictures a part may show. SVG is not among them: an SVG file can
// name other files and web addresses, and Word keeps a PNG copy of every
// SVG picture, which stays.
var imageTypes = []string{"image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff", "image/x-emf", "image/x-wmf"}

var (
	headerRole    = role{"header", nsW, "hdr", map[string][]string{RelImage: imageTypes}}
	footerRole    = role{"footer", nsW, "ftr", map[string][]string{RelImage: imageTypes}}
	stylesRole    = role{"styles", nsW, "styles", nil}
	fontTableRole = role{"font table", nsW, "fonts", map[string][]string{RelFont: {ctFont}}}
	themeRole     = role{"theme", nsA, "theme", map[string][]string{RelImage: imageTypes}}
)

// sanitiser copies parts out of the package, as Open says.
type sanitiser struct {
	pkg     *pkg
	media   map[string]string // source part name → its name in Media
	out     []Media
	dropped []string
}

// drop records something left out, once.
func (s *sanitiser) drop(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	for _, d := range s.dropped {
		if d == msg {
			return
		}
	}
	s.dropped = append(s.dropped, msg)
}

// macros records the package's macros, which nothing of it that is
// copied refers to but which a reader would have been asked to enable.
func (s *sanitiser) macros() {
	var names []string
	enabled := false
	for _, n := range s.pkg.names {
		ct := strings.ToLower(s.pkg.contentType(n))
		base := strings.ToLower(path.Base(n))
		switch {
		case strings.Contains(ct, "vbaproject") || strings.Contains(ct, "vbadata") || base == "vbaproject.bin" || base == "vbadata.xml":
			names = append(names, n)
		case strings.Contains(ct, "macroenabled"):
			enabled = true
		}
	}
	switch {
	case len(names) > 0:
		s.drop("macros (%s)", partsFmt(names))
	case enabled:
		s.drop("macros (it is saved as a macro-enabled document)")
	}
}

// carry reads, checks and cleans one part in a role, with the pictures
// or fonts it keeps.
func (s *sanitiser) carry(name string, r *role) (*Part, error) {
	b, err := s.pkg.read(name)
	if errors.Is(err, errMissing) {
		return nil, unusable("its %s %s is missing from the file", r.what, name)
	}
	if err != nil {
		return nil, err
	}
	if len(b) > MaxXMLPart {
		return nil, wrongFile("is this the right file? A header holds the firm's name, address and logo",
			"has a %s (%s) of %.1f MiB; redress takes one of at most %d MiB, since it is written again into every letter (Word writes a few kilobytes)",
			r.what, name, float64(len(b))/(1<<20), MaxXMLPart>>20)
	}
	x, err := parseXML(b)
	if err != nil {
		return nil, unusable("its %s %s is not well-formed XML (%v)", r.what, name, err)
	}
	if root := x.root(); root.ns != r.rootNS || root.name.Local != r.root {
		return nil, unusable("its %s %s is <%s>, not a %s", r.what, name, qname(root.name), r.what)
	}
	if r.rootNS == nsW {
		// The writer edits these parts as text with the prefix w.
		if err := wPrefixOnly(x); err != nil {
			return nil, unusable("its %s %s: %v", r.what, name, err)
		}
	}
	if r == &stylesRole {
		if err := flatStyles(x); err != nil {
			return nil, unusable("its styles %s: %v", name, err)
		}
	}
	rels, err := s.pkg.rels(name)
	if err != nil {
		return nil, err
	}
	keep := map[string]rel{}
	media := map[string]Media{} // by source part, what keep's targets hold
	for _, rl := range rels {
		if _, typeOK := r.allowed[rl.typ]; typeOK && !rl.external && !rl.outside {
			// A picture already taken (the logo, which Word refers to
			// twice: DrawingML and VML) is read once.
			_, seen := media[rl.part]
			if _, done := s.media[rl.part]; seen || done {
				keep[rl.id] = rl
				continue
			}
		}
		m, ok, err := s.allowed(name, r, rl)
		if err != nil {
			return nil, err
		}
		if ok {
			keep[rl.id], media[rl.part] = rl, m
		}
	}
	e := clean(x, keep, name, s.drop)
	// Only the relationships that the cleaned part still refers to go
	// with it, and only their pictures and fonts: a picture inside an
	// embedded object left out is left out.
	used := referenced(x, e)
	part := &Part{XML: x.write(e)}
	for _, rl := range rels {
		if _, ok := keep[rl.id]; !ok || !used[rl.id] {
			continue
		}
		part.Rels = append(part.Rels, Rel{ID: rl.id, Type: rl.typ, Target: s.add(rl.part, media[rl.part])})
	}
	return part, nil
}

// add puts a picture or font into Media, once per source part, and
// returns its name there.
func (s *sanitiser) add(source string, m Media) string {
	if name, ok := s.media[source]; ok {
		return name
	}
	folder, ext := "word/media/", imageExt(m.ContentType)
	if m.ContentType == ctFont {
		folder, ext = "word/fonts/", "odttf"
	}
	m.Name = fmt.Sprintf("%sletterhead%d.%s", folder, len(s.out)+1, ext)
	s.media[source] = m.Name
	s.out = append(s.out, m)
	return m.Name
}

// allowed says whether a part in role r keeps a relationship: one of the
// types the role allows, to a part in the package of a content type the
// type allows, whose content is what the type says; m is that part. What
// is not kept is recorded as dropped, except a missing picture or font,
// which is an error (the letter would lack it).
func (s *sanitiser) allowed(from string, r *role, rl rel) (m Media, ok bool, err error) {
	if rl.external {
		s.drop("a link to %s (%s)", shorten(rl.target), from)
		return m, false, nil
	}
	cts, ok := r.allowed[rl.typ]
	if !ok {
		if what := describeRel(rl.typ); what != "macros" { // macros reports them all
			s.drop("%s %s (%s)", what, rl.part, from)
		}
		return m, false, nil
	}
	if rl.outside {
		return m, false, unusable("its %s %s refers to %s, outside the file", r.what, from, rl.target)
	}
	if !s.pkg.has(rl.part) {
		return m, false, unusable("the part %s, which its %s %s refers to, is missing from the file", rl.part, r.what, from)
	}
	ct := s.pkg.contentType(rl.part)
	if !contains(cts, ct) {
		if ct == "" {
			return m, false, unusable("the part %s, which its %s %s refers to, has no content type", rl.part, r.what, from)
		}
		s.drop("%s of type %s (%s)", rl.part, ct, from)
		return m, false, nil
	}
	data, err := s.pkg.read(rl.part)
	if err != nil {
		return m, false, err
	}
	if rl.typ == RelImage && !isImage(ct, data) {
		s.drop("%s, which is not the %s picture it claims to be (%s)", rl.part, ct, from)
		return m, false, nil
	}
	return Media{ContentType: ct, Data: data}, true, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// describeRel names what a relationship type is, for Dropped.
func describeRel(typ string) string {
	t := typ[strings.LastIndexByte(typ, '/')+1:]
	switch strings.ToLower(t) {
	case "vbaproject", "wordvbadata":
		return "macros"
	case "oleobject":
		return "an embedded object"
	case "package":
		return "an embedded file"
	case "control":
		return "an ActiveX control"
	case "hyperlink":
		return "a link"
	case "afchunk":
		return "imported content"
	case "chart", "chartusershapes":
		return "a chart"
	case "image":
		return "a picture"
	}
	if strings.HasPrefix(strings.ToLower(t), "diagram") {
		return "a SmartArt diagram"
	}
	return "a part of type " + t
}

// shorten keeps a link's text short enough for a message.
func shorten(s string) string {
	if r := []rune(s); len(r) > 120 {
		return string(r[:117]) + "..."
	}
	return s
}
