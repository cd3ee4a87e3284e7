package casefile

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"redress/internal/letterhead"
	"redress/internal/letterhead/lhtest"
)

// minimalCase is testdata/minimal.yaml with firm keys added.
func minimalCase(firmKeys string) string {
	return `schema: 1
matter:
  id: M-1
firm:
  name: Clinic
` + firmKeys + `claimants:
  - name: Ana Pérez
    address: {street: 1 Main St., city: Chicago, state: IL, zip: "60601"}
incident:
  date: 2025-03-14
  place: Chicago
  state: IL
  agency: ICE
`
}

func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// testDOCX is the sample letterhead.
func testDOCX(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(lhtest.SamplePath(t))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// testPNG is a w × h PNG.
func testPNG(t testing.TB, w, h int) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 0x80
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// pngHeader is a PNG that claims a size in its header and holds nothing
// else: DecodeConfig reads it, Decode would not.
func pngHeader(w, h uint32) []byte {
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 6
	var b bytes.Buffer
	b.Write(pngMagic)
	binary.Write(&b, binary.BigEndian, uint32(len(ihdr)))
	b.WriteString("IHDR")
	b.Write(ihdr)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(append([]byte("IHDR"), ihdr...)))
	return b.Bytes()
}

func TestFilesRelativeToCaseFile(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "office", "lh.docx"), testDOCX(t))
	writeFile(t, filepath.Join(dir, "office", "logo.png"), testPNG(t, 30, 20))
	casePath := filepath.Join(dir, "case.yaml")
	writeFile(t, casePath, []byte(minimalCase("  letterhead: office/../office/lh.docx\n  logo: \" office/logo.png \"\n")))
	src, err := Load(casePath, Options{})
	if err != nil {
		t.Fatal(err)
	}
	f := src.Case.Firm
	if f.Letterhead != "office/../office/lh.docx" {
		t.Errorf("the key's value changed: %q", f.Letterhead)
	}
	lh, logo := f.LetterheadFile, f.LogoFile
	if lh == nil || logo == nil {
		t.Fatalf("files not read: %+v, %+v", lh, logo)
	}
	if lh.Path != filepath.Join(dir, "office", "lh.docx") || lh.Format != "docx" || !bytes.Equal(lh.Data, testDOCX(t)) {
		t.Errorf("letterhead: %s %s, %d bytes", lh.Path, lh.Format, len(lh.Data))
	}
	if lh.Letterhead == nil || lh.Letterhead.Headers["default"] == nil {
		t.Error("the letterhead was not opened")
	}
	if logo.Format != "png" || logo.Width != 30 || logo.Height != 20 {
		t.Errorf("logo: %s %d × %d", logo.Format, logo.Width, logo.Height)
	}
	p := lh.Problemf("bad %s", "header")
	if p.File != casePath || p.Pos.Line != 6 || p.Path != "firm.letterhead" || p.Msg != "bad header" {
		t.Errorf("Problemf: %+v", p)
	}
	// Without the keys, no files.
	src, err = LoadBytes("case.yaml", []byte(minimalCase("")), "yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if src.Case.Firm.LetterheadFile != nil || src.Case.Firm.LogoFile != nil {
		t.Error("files without keys")
	}
}

func TestFileProblems(t *testing.T) {
	dir := t.TempDir()
	zipWithout := func() []byte {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		w, _ := zw.Create("content.xml")
		w.Write([]byte("<x/>"))
		zw.Close()
		return b.Bytes()
	}
	odt := func() []byte {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		w, _ := zw.Create("mimetype")
		w.Write([]byte("application/vnd.oasis.opendocument.text"))
		zw.Close()
		return b.Bytes()
	}
	good := testPNG(t, 10, 10)
	files := map[string][]byte{
		"text.docx":      []byte("Dear Sir"),
		"old.doc":        append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 100)...),
		"letterhead.odt": odt(),
		"nodoc.docx":     zipWithout(),
		"damaged.docx":   testDOCX(t)[:60],
		"empty.docx":     nil,
		"logo.gif":       []byte("GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
		"logo.svg":       []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`),
		"notes.png":      []byte("just text"),
		"truncated.png":  good[:len(good)-20],
		"huge.png":       pngHeader(20000, 300),
		"thin.png":       pngHeader(2000, 100),
		"photo.jpg":      append([]byte{0xFF, 0xD8, 0xFF, 0xE0}, []byte("not really")...),
	}
	for name, b := range files {
		writeFile(t, filepath.Join(dir, name), b)
	}
	if err := os.Mkdir(filepath.Join(dir, "folder.docx"), 0o755); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		key, file string
		want      []string
	}{
		{"letterhead", "missing.docx", []string{"there is no file", "missing.docx", "case file's folder"}},
		{"letterhead", "folder.docx", []string{"is a folder"}},
		{"letterhead", "text.docx", []string{"is not a Word document (.docx)"}},
		{"letterhead", "old.doc", []string{"old Word 97-2003 document"}},
		{"letterhead", "letterhead.odt", []string{"OpenDocument"}},
		{"letterhead", "nodoc.docx", []string{"no word/document.xml"}},
		{"letterhead", "damaged.docx", []string{"damaged"}},
		{"letterhead", "empty.docx", []string{"is empty"}},
		{"letterhead", "notes.png", []string{"is not a Word document"}},
		{"logo", "logo.gif", []string{"is a GIF image", "PNG or JPEG"}},
		{"logo", "logo.svg", []string{"is an SVG drawing"}},
		{"logo", "notes.png", []string{"is not a PNG or JPEG image", "content, not its name"}},
		{"logo", "truncated.png", []string{"damaged PNG image"}},
		{"logo", "huge.png", []string{"20000 × 300 pixels", "between 1 and 10000"}},
		{"logo", "thin.png", []string{"too long and thin"}},
		{"logo", "photo.jpg", []string{"cannot be read as a JPEG image"}},
		{"logo", "old.doc", []string{"is not a PNG or JPEG"}},
		{"logo", "missing.png", []string{"there is no file"}},
	}
	for _, c := range cases {
		path := filepath.Join(dir, "case-"+c.key+".yaml")
		writeFile(t, path, []byte(minimalCase("  "+c.key+": "+c.file+"\n")))
		_, err := Load(path, Options{})
		var probs Problems
		if !errors.As(err, &probs) || len(probs) != 1 {
			t.Errorf("%s %s: got %v, want one problem", c.key, c.file, err)
			continue
		}
		p := probs[0]
		if p.Path != "firm."+c.key || p.Pos.Line != 6 || p.File != path {
			t.Errorf("%s %s: problem at %s:%d %s", c.key, c.file, p.File, p.Pos.Line, p.Path)
		}
		for _, w := range c.want {
			if !strings.Contains(p.Msg, w) {
				t.Errorf("%s %s: %q lacks %q", c.key, c.file, p.Msg, w)
			}
		}
	}
}

// TestFileFromEnvironment: a path from the environment is read from the
// working directory, and its problem names the variable.
func TestFileFromEnvironment(t *testing.T) {
	env := func(v string) func(string) (string, bool) {
		return func(k string) (string, bool) {
			if k == "REDRESS_FIRM_LOGO" {
				return v, true
			}
			return "", false
		}
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "logo.png"), testPNG(t, 8, 8))
	src, err := LoadBytes(filepath.Join(dir, "case.yaml"), []byte(minimalCase("")), "yaml", Options{Env: env("testdata/no-such-logo.png")})
	var probs Problems
	if !errors.As(err, &probs) || len(probs) != 1 || probs[0].File != envFile || !strings.Contains(probs[0].Msg, "REDRESS_FIRM_LOGO: there is no file testdata/no-such-logo.png") {
		t.Fatalf("got %v", err)
	}
	// An absolute path outside the working directory is outside the
	// folder an environment value is read from.
	_, err = LoadBytes("elsewhere/case.yaml", []byte(minimalCase("")), "yaml", Options{Env: env(filepath.Join(dir, "logo.png"))})
	if !errors.As(err, &probs) || len(probs) != 1 || !strings.Contains(probs[0].Msg, "is outside the working directory") {
		t.Fatalf("absolute path from the environment: %v", err)
	}
	src, err = LoadBytes("elsewhere/case.yaml", []byte(minimalCase("")), "yaml", Options{Env: env(filepath.Join(dir, "logo.png")), AllowOutsideFiles: true})
	if err != nil || src.Case.Firm.LogoFile == nil {
		t.Fatalf("absolute path from the environment, allowed: %v", err)
	}
}

// TestFileCache: a file named by many cases is read once; a changed file
// is read again.
func TestFileCache(t *testing.T) {
	dir := t.TempDir()
	logo := filepath.Join(dir, "logo.png")
	writeFile(t, logo, testPNG(t, 8, 8))
	text := []byte(minimalCase("  logo: " + logo + "\n"))
	var first []byte
	opts := Options{AllowOutsideFiles: true} // the logo is in a temporary folder
	for range 3 {
		src, err := LoadBytes("case.yaml", text, "yaml", opts)
		if err != nil {
			t.Fatal(err)
		}
		d := src.Case.Firm.LogoFile.Data
		if first == nil {
			first = d
		} else if &d[0] != &first[0] {
			t.Error("the same file was read again")
		}
	}
	// A new version (another size and time) is read again.
	writeFile(t, logo, testPNG(t, 9, 9))
	future := time.Now().Add(time.Hour)
	if err := os.Chtimes(logo, future, future); err != nil {
		t.Fatal(err)
	}
	src, err := LoadBytes("case.yaml", text, "yaml", opts)
	if err != nil {
		t.Fatal(err)
	}
	if f := src.Case.Firm.LogoFile; f.Width != 9 {
		t.Errorf("changed file not read again: %d pixels wide", f.Width)
	}
	// Now a bad file in its place: a problem, not the cached picture.
	writeFile(t, logo, []byte("gone bad"))
	if _, err := LoadBytes("case.yaml", text, "yaml", opts); err == nil {
		t.Error("a file that went bad is accepted from the cache")
	}
}

// TestFilesInRoster: the base's letterhead is read from the base's folder,
// a logo from a cell from the roster's folder, once for all rows, with
// rows decoded concurrently; a bad cell is that row's problem at its
// column.
func TestFilesInRoster(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "base", "lh.docx"), testDOCX(t))
	writeFile(t, filepath.Join(dir, "rosters", "logo.png"), testPNG(t, 12, 6))
	base, err := os.ReadFile(rosterBase)
	if err != nil {
		t.Fatal(err)
	}
	basePath := filepath.Join(dir, "base", "base.yaml")
	writeFile(t, basePath, bytes.Replace(base, []byte("firm:\n"), []byte("firm:\n  letterhead: lh.docx\n"), 1))
	rosterPath := filepath.Join(dir, "rosters", "roster.csv")
	rows := []string{"matter.id,claimants[0].name,firm.logo," + addressCols}
	for i := range 20 {
		rows = append(rows, "M-"+string(rune('A'+i))+",Client "+string(rune('A'+i))+",logo.png,"+address)
	}
	rows = append(rows, "M-BAD,Bad Logo,nothere.png,"+address)
	writeFile(t, rosterPath, []byte(strings.Join(rows, "\n")+"\n"))
	b, err := LoadBase(basePath, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := LoadRoster(rosterPath, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	srcs := make([]*Source, len(r.Rows))
	errs := make([]error, len(r.Rows))
	var wg sync.WaitGroup
	for i := range r.Rows {
		wg.Go(func() { srcs[i], errs[i] = r.Case(i) })
	}
	wg.Wait()
	var lh0, logo0 *byte
	var opened *letterhead.Letterhead
	for i := range 20 {
		if errs[i] != nil {
			t.Fatalf("row %d: %v", i, errs[i])
		}
		f := srcs[i].Case.Firm
		if f.LetterheadFile == nil || f.LogoFile == nil {
			t.Fatalf("row %d: files not read", i)
		}
		if lh0 == nil {
			lh0, logo0, opened = &f.LetterheadFile.Data[0], &f.LogoFile.Data[0], f.LetterheadFile.Letterhead
		} else if &f.LetterheadFile.Data[0] != lh0 || &f.LogoFile.Data[0] != logo0 {
			t.Errorf("row %d read its files again", i)
		}
		if f.LetterheadFile.Letterhead == nil || f.LetterheadFile.Letterhead != opened {
			t.Errorf("row %d opened the letterhead again", i)
		}
	}
	var probs Problems
	if !errors.As(errs[20], &probs) || len(probs) != 1 {
		t.Fatalf("bad row: %v", errs[20])
	}
	p := probs[0]
	if p.File != rosterPath || p.Pos != (Pos{Line: 22, Col: 3}) || p.Path != "firm.logo" || !strings.Contains(p.Msg, "roster's folder") {
		t.Errorf("bad row's problem: %v", p)
	}
}

// TestFilesOutsideFolder: a letterhead or logo is read only from inside
// the folder of the file that names it, after resolving ".." and
// symbolic links, unless AllowOutsideFiles.
func TestFilesOutsideFolder(t *testing.T) {
	dir := t.TempDir()
	cases := filepath.Join(dir, "cases")
	writeFile(t, filepath.Join(dir, "private", "key.png"), testPNG(t, 8, 8))
	writeFile(t, filepath.Join(dir, "private", "lh.docx"), testDOCX(t))
	writeFile(t, filepath.Join(cases, "office", "logo.png"), testPNG(t, 8, 8))
	mustLink := func(target, link string) {
		t.Helper()
		if err := os.Symlink(target, link); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	mustLink(filepath.Join(dir, "private", "key.png"), filepath.Join(cases, "office", "outward.png"))
	mustLink(filepath.Join(dir, "private"), filepath.Join(cases, "shared"))
	mustLink("logo.png", filepath.Join(cases, "office", "inward.png"))
	for _, c := range []struct {
		key, val string
		ok       bool
		want     string
	}{
		{"logo", "office/logo.png", true, ""},
		{"logo", filepath.Join(cases, "office", "logo.png"), true, ""},             // absolute, but inside
		{"logo", "office/inward.png", true, ""},                                    // a link that stays inside
		{"logo", "../private/key.png", false, "is outside the case file's folder"}, // ..
		{"logo", filepath.Join(dir, "private", "key.png"), false, "is outside the case file's folder"},
		{"logo", "office/outward.png", false, "leads through a symbolic link to " + filepath.Join(dir, "private", "key.png")},
		{"letterhead", "shared/lh.docx", false, "leads through a symbolic link"}, // a linked folder
		{"logo", "/etc/passwd", false, "is outside the case file's folder"},
	} {
		path := filepath.Join(cases, "case.yaml")
		writeFile(t, path, []byte(minimalCase("  "+c.key+": "+c.val+"\n")))
		for _, allow := range []bool{false, true} {
			src, err := Load(path, Options{AllowOutsideFiles: allow})
			if c.ok || allow && c.val != "/etc/passwd" {
				if err != nil {
					t.Errorf("%s (allowed %v): %v", c.val, allow, err)
				} else if src.Case.Firm.LogoFile == nil && src.Case.Firm.LetterheadFile == nil {
					t.Errorf("%s (allowed %v): not read", c.val, allow)
				}
				continue
			}
			if allow {
				// /etc/passwd, allowed, is read and is no PNG.
				if err == nil || !strings.Contains(err.Error(), "not a PNG or JPEG") {
					t.Errorf("/etc/passwd allowed: %v", err)
				}
				continue
			}
			var probs Problems
			if !errors.As(err, &probs) || len(probs) != 1 {
				t.Errorf("%s: got %v, want one problem", c.val, err)
				continue
			}
			p := probs[0]
			for _, w := range []string{c.want, "firm." + c.key, "--allow-outside-files", cases} {
				if !strings.Contains(p.Error(), w) {
					t.Errorf("%s: %q lacks %q", c.val, p.Error(), w)
				}
			}
		}
	}

	// A roster cell is read from the roster's folder: the same rules.
	base, err := os.ReadFile(rosterBase)
	if err != nil {
		t.Fatal(err)
	}
	basePath := filepath.Join(cases, "base.yaml")
	writeFile(t, basePath, base)
	rosterPath := filepath.Join(cases, "roster.csv")
	writeFile(t, rosterPath, []byte("matter.id,claimants[0].name,firm.logo,"+addressCols+"\n"+
		"M-1,Ana Pérez,office/logo.png,"+address+"\n"+
		"M-2,Zoë O'Brien,../private/key.png,"+address+"\n"+
		"M-3,Nguyễn Văn Ân,office/outward.png,"+address+"\n"+
		"M-4,Smith & <Sons>,/etc/passwd,"+address+"\n"))
	for _, allow := range []bool{false, true} {
		b, err := LoadBase(basePath, Options{AllowOutsideFiles: allow})
		if err != nil {
			t.Fatal(err)
		}
		r, err := LoadRoster(rosterPath, b, Options{AllowOutsideFiles: allow})
		if err != nil {
			t.Fatal(err)
		}
		for i, want := range []string{"", "is outside the roster's folder", "leads through a symbolic link", "is outside the roster's folder"} {
			_, err := r.Case(i)
			switch {
			case want == "" || allow && i < 3:
				if err != nil {
					t.Errorf("row %d (allowed %v): %v", i, allow, err)
				}
			case allow:
				if err == nil || strings.Contains(err.Error(), "outside") {
					t.Errorf("row %d allowed: %v", i, err)
				}
			default:
				var probs Problems
				if !errors.As(err, &probs) || len(probs) != 1 || probs[0].File != rosterPath || probs[0].Pos.Col != 3 ||
					!strings.Contains(probs[0].Msg, want) {
					t.Errorf("row %d: got %v, want %q at column 3", i, err, want)
				}
			}
		}
	}
}

// TestLetterheadProblems: a letterhead that drafting could not build on
// is a problem when the case is loaded, at firm.letterhead, naming the
// file, in the words a File opened later (OpenLetterhead) uses too.
func TestLetterheadProblems(t *testing.T) {
	dir := t.TempDir()
	for _, c := range lhtest.Broken(t) {
		name := strings.ReplaceAll(c.Name, " ", "-") + ".docx"
		writeFile(t, filepath.Join(dir, name), c.DOCX)
		path := filepath.Join(dir, "case.yaml")
		writeFile(t, path, []byte(minimalCase("  letterhead: "+name+"\n")))
		_, err := Load(path, Options{})
		var probs Problems
		if !errors.As(err, &probs) || len(probs) != 1 {
			t.Errorf("%s: got %v, want one problem", c.Name, err)
			continue
		}
		p := probs[0]
		if p.Path != "firm.letterhead" || p.File != path || p.Pos.Line != 6 || !strings.HasPrefix(p.Msg, filepath.Join(dir, name)+" ") {
			t.Errorf("%s: problem %v", c.Name, p)
		}
		for _, w := range c.Wants {
			if !strings.Contains(p.Msg, w) {
				t.Errorf("%s: %q lacks %q", c.Name, p.Msg, w)
			}
		}
		f := &File{Path: filepath.Join(dir, name), Data: c.DOCX, Format: "docx", at: p}
		f.at.Msg = ""
		_, err = f.OpenLetterhead()
		if !errors.As(err, &probs) || len(probs) != 1 || probs[0] != p {
			t.Errorf("%s: OpenLetterhead says %v, the load %v", c.Name, err, p)
		}
	}
}
