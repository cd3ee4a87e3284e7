package casefile

import (
	"bytes"
	"errors"
	"image"
	"image/jpeg"
	"image/png"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"redress/internal/letterhead"
)

// The files a case file names: firm.letterhead, a Word document (.docx)
// that every DOCX is built on, and firm.logo, a PNG or JPEG drawn on the
// PDF letterhead. A path is relative to the folder of the file that gave
// it (the case file, the roster for a value from a roster cell, or the
// office settings file for the office's firm block), or to the working
// directory for a value from the environment.
//
// A path must lead inside that folder (or a folder in it), after "..",
// and symbolic links are resolved; an absolute path is outside unless it
// resolves inside. The files go into documents sent to clients, and a
// case file or a roster may come from someone else: without this rule a
// roster cell could make redress read /etc/passwd or a private key into
// a letter (as a "logo" it would fail to decode, but its first bytes
// would be quoted in an error, and a letterhead's parts are copied).
// Options.AllowOutsideFiles (--allow-outside-files) lifts the rule.
//
// Each file is read and checked when the case is loaded, so that a
// missing, unreadable or wrong file is a problem of the case file, at the
// key's line, like any other; the documents then take the bytes from the
// Case (Firm.LetterheadFile, Firm.LogoFile) and never read a file
// themselves. The check needs the whole file (a truncated PNG passes a
// look at its first bytes), so the bytes it read are the ones handed on,
// and files are cached by path: in a batch, every row names the same
// letterhead, which is read and opened (letterhead.Open: checked,
// bounded, cleaned) once, and every row's documents share it.

// File is a file the case file names, read and checked when the case was
// loaded.
type File struct {
	// Path is the file that was read: the key's value, resolved as the
	// package comment says.
	Path string
	// Data is the file's content. It is shared by every case that names
	// the same file, and must not be changed.
	Data []byte
	// Format is "docx", "png" or "jpeg": what the content is, whatever the
	// file's name says.
	Format string
	// Width and Height are an image's size in pixels (0 for a .docx).
	Width, Height int
	// Letterhead is the letterhead a .docx holds, opened when the case
	// was loaded; shared like Data.
	Letterhead *letterhead.Letterhead

	at Problem // where the key was written, for Problemf
}

// Problemf returns a problem about the file, reported where the key that
// names it was written: for a check that only a later stage can make (the
// DOCX writer reading the letterhead's header, say).
func (f *File) Problemf(format string, args ...any) Problem {
	p := f.at
	p.Msg += sprintf(format, args...)
	return p
}

// OpenLetterhead returns the letterhead a firm.letterhead file holds: the
// one opened when the case was loaded or, for a File made otherwise, its
// Data opened now, with the same check and the same words as a load (a
// problem at the key).
func (f *File) OpenLetterhead() (*letterhead.Letterhead, error) {
	if f.Letterhead != nil {
		return f.Letterhead, nil
	}
	lh, err := letterhead.Open(f.Data)
	if err != nil {
		return nil, Problems{f.Problemf("%s", letterheadMessage(f.Path, err))}
	}
	return lh, nil
}

// letterheadMessage words why a file is no letterhead: letterhead.Error
// texts follow the file's name.
func letterheadMessage(name string, err error) string {
	return name + " " + err.Error()
}

// Limits of the files. A letterhead's are letterhead.MaxSize and the
// others in internal/letterhead; a logo is a small picture. The limits
// keep a wrong file (a video, a scan of a whole brochure) from being read
// and decoded.
const (
	maxLogoSize   = 10 << 20 // bytes
	maxLogoSide   = 10000    // pixels, each side
	maxLogoPixels = 25 << 20 // pixels in all (decoding holds 4 bytes each)
	maxLogoRatio  = 12       // the longer side over the shorter
)

// fileKind says what a file key holds.
type fileKind int

const (
	kindLetterhead fileKind = iota
	kindLogo
)

// files reads and checks the files the case names, and hands them to the
// Case.
func (v *validator) files(cs *Case) {
	if f := v.file("firm.letterhead", cs.Firm.Letterhead, kindLetterhead); f != nil {
		cs.Firm.LetterheadFile = f
	}
	if f := v.file("firm.logo", cs.Firm.Logo, kindLogo); f != nil {
		cs.Firm.LogoFile = f
	}
}

// file reads the file the key path names, if any; a problem with it is
// reported and gives nil.
func (v *validator) file(path, val string, kind fileKind) *File {
	val = strings.TrimSpace(val)
	if val == "" || v.failed(path) {
		return nil
	}
	name, dir, from := v.resolve(path, val)
	real, msg, found := v.inside(name, dir, from)
	if !found && name != filepath.Clean(val) {
		msg += " (a relative path is read from " + from + ")"
	}
	var e *fileEntry
	if msg == "" {
		e, msg = readFile(name, real, kind)
	}
	if msg != "" {
		v.report(path, "%s", msg)
		return nil
	}
	at := v.d.problem(path, "")
	return &File{Path: name, Data: e.data, Format: e.format, Width: e.width, Height: e.height, Letterhead: e.letterhead, at: at}
}

// resolve returns the file a key's value names, the folder it must be in
// and what that folder is: a relative path is read from the folder of the
// file that gave the value (the case file, or the roster for a roster
// cell), or from the working directory for a value from the environment.
func (v *validator) resolve(path, val string) (name, dir, from string) {
	if _, ok := v.d.env[path]; ok {
		dir, from = ".", "the working directory"
	} else {
		file, _ := v.d.where(path)
		dir, from = filepath.Dir(file), "the case file's folder"
		if c, ok := v.d.cells[path]; ok {
			from = "the roster's folder"
			if c.office {
				from = "the settings file's folder"
			}
		}
	}
	if filepath.IsAbs(val) {
		return filepath.Clean(val), dir, from
	}
	return filepath.Join(dir, val), dir, from
}

// inside resolves the file's symbolic links and "..", and checks that it
// is in dir (resolved too), as the package comment says. It returns the
// resolved path, or what is wrong; found is false when there is no such
// file (or it cannot be reached).
func (v *validator) inside(name, dir, from string) (real, msg string, found bool) {
	real, err := filepath.EvalSymlinks(name)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		return "", statMessage(name, err), false
	}
	if v.d.allowOutsideFiles {
		return real, "", true
	}
	folder, err := filepath.Abs(dir)
	if err == nil {
		if r, err := filepath.EvalSymlinks(folder); err == nil {
			folder = r
		}
	}
	if within(folder, real) {
		return real, "", true
	}
	how := "is outside " + from
	if lexical, err := filepath.Abs(dir); err == nil {
		if abs, err := filepath.Abs(name); err == nil && within(lexical, abs) {
			how = "leads through a symbolic link to " + real + ", outside " + from
		}
	}
	return "", sprintf("%s %s (%s); redress reads a letterhead or logo only from inside that folder, so that a case file or roster cannot make it copy other files into documents: move or copy the file into the folder, or run redress with --allow-outside-files",
		name, how, folder), true
}

// within reports whether path is folder or in it; both are absolute and
// resolved.
func within(folder, path string) bool {
	rel, err := filepath.Rel(folder, path)
	return err == nil && !filepath.IsAbs(rel) && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// fileEntry is a file read and checked once.
type fileEntry struct {
	once          sync.Once
	data          []byte
	format        string
	width, height int
	letterhead    *letterhead.Letterhead
	msg           string // what is wrong with it; "" if nothing
}

// fileKey names one version of a file: a file changed since it was read
// (another size or time) is read again.
type fileKey struct {
	path string // absolute
	size int64
	mod  int64 // modification time, Unix nanoseconds
	kind fileKind
}

// fileCache holds the files read, for every load in the process. It is
// emptied when it holds maxCachedFiles, which a run that names a few
// letterheads and logos never reaches.
var fileCache struct {
	sync.Mutex
	m map[fileKey]*fileEntry
}

const maxCachedFiles = 64

// readFile reads and checks a file of a kind, once per version of the
// file: name is the path as the user gave it (for messages), real the
// file it resolves to (inside). msg says what is wrong with it. Safe for
// concurrent use: rows of a roster are decoded in parallel.
func readFile(name, real string, kind fileKind) (e *fileEntry, msg string) {
	st, err := os.Stat(real)
	if err != nil {
		return nil, statMessage(name, err)
	}
	if st.IsDir() {
		return nil, sprintf("%s is a folder; give the path of %s", name, kindWhat(kind))
	}
	if !st.Mode().IsRegular() {
		return nil, sprintf("%s is not a regular file; give the path of %s", name, kindWhat(kind))
	}
	if max := kindMaxSize(kind); st.Size() > max {
		return nil, tooLarge(name, st.Size(), kind)
	}
	if st.Size() == 0 {
		// Also keeps pseudo-files (/proc) from being read.
		return nil, sprintf("%s is empty; give the path of %s", name, kindWhat(kind))
	}
	key := fileKey{path: real, size: st.Size(), mod: st.ModTime().UnixNano(), kind: kind}
	fileCache.Lock()
	if fileCache.m == nil || len(fileCache.m) >= maxCachedFiles {
		fileCache.m = map[fileKey]*fileEntry{}
	}
	e = fileCache.m[key]
	if e == nil {
		e = &fileEntry{}
		fileCache.m[key] = e
	}
	fileCache.Unlock()
	e.once.Do(func() { e.load(name, real, kind) })
	if e.msg != "" {
		return nil, e.msg
	}
	return e, ""
}

// load reads the file and checks its content.
func (e *fileEntry) load(name, real string, kind fileKind) {
	data, err := readBounded(real, kindMaxSize(kind))
	switch {
	case err != nil:
		e.msg = statMessage(name, err)
		return
	case int64(len(data)) > kindMaxSize(kind):
		e.msg = tooLarge(name, int64(len(data)), kind)
		return
	case len(data) == 0:
		e.msg = sprintf("%s is empty; give the path of %s", name, kindWhat(kind))
		return
	}
	switch kind {
	case kindLetterhead:
		e.format = "docx"
		if e.letterhead, err = letterhead.Open(data); err != nil {
			e.msg = letterheadMessage(name, err)
		}
	case kindLogo:
		e.format, e.width, e.height, e.msg = checkImage(name, data)
	}
	if e.msg == "" {
		e.data = data
	}
}

func kindWhat(kind fileKind) string {
	if kind == kindLogo {
		return "a PNG or JPEG image"
	}
	return "a Word document (.docx)"
}

func kindMaxSize(kind fileKind) int64 {
	if kind == kindLogo {
		return maxLogoSize
	}
	return letterhead.MaxSize
}

func tooLarge(name string, size int64, kind fileKind) string {
	if kind == kindLogo {
		return sprintf("%s is %.1f MiB; a logo is a small picture of at most %d MiB (is this the right file?)", name, float64(size)/(1<<20), maxLogoSize>>20)
	}
	return letterheadMessage(name, letterhead.TooLarge(size))
}

// statMessage words an error opening or reading a file.
func statMessage(name string, err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return sprintf("there is no file %s; check the path", name)
	case errors.Is(err, fs.ErrPermission):
		return sprintf("cannot read %s: permission denied", name)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return sprintf("cannot read %s: %v", name, err)
}

// Signatures of file formats, to say what a wrong file is.
var (
	pngMagic  = []byte("\x89PNG\r\n\x1a\n")
	jpegMagic = []byte{0xFF, 0xD8, 0xFF}
)

// checkImage checks that data is a PNG or JPEG of a sane size that
// decodes whole, by its content (a logo.png may well be a JPEG).
func checkImage(name string, data []byte) (format string, w, h int, msg string) {
	const export = "save or export the logo as PNG"
	var decodeConfig func(io.Reader) (image.Config, error)
	var decode func(io.Reader) (image.Image, error)
	switch {
	case bytes.HasPrefix(data, pngMagic):
		format, decodeConfig, decode = "png", png.DecodeConfig, png.Decode
	case bytes.HasPrefix(data, jpegMagic):
		format, decodeConfig, decode = "jpeg", jpeg.DecodeConfig, jpeg.Decode
	default:
		if what := sniffImage(data); what != "" {
			return "", 0, 0, sprintf("%s is %s; redress takes a logo as PNG or JPEG: %s", name, what, export)
		}
		return "", 0, 0, sprintf("%s is not a PNG or JPEG image (redress reads the file's content, not its name); %s", name, export)
	}
	upper := strings.ToUpper(format)
	cfg, err := decodeConfig(bytes.NewReader(data))
	if err != nil {
		return "", 0, 0, sprintf("%s cannot be read as a %s image (%v); %s", name, upper, err, export)
	}
	w, h = cfg.Width, cfg.Height
	switch {
	case w < 1 || h < 1 || w > maxLogoSide || h > maxLogoSide || w*h > maxLogoPixels:
		return "", 0, 0, sprintf("%s is %d × %d pixels; a logo must be between 1 and %d pixels on each side and at most %d megapixels (a few hundred pixels is plenty for print)",
			name, w, h, maxLogoSide, maxLogoPixels>>20)
	case w > maxLogoRatio*h || h > maxLogoRatio*w:
		return "", 0, 0, sprintf("%s is %d × %d pixels, too long and thin to show as a logo at letterhead size; crop it to the logo itself", name, w, h)
	}
	if _, err := decode(bytes.NewReader(data)); err != nil {
		return "", 0, 0, sprintf("%s is a damaged %s image (%v); %s", name, upper, err, export)
	}
	return format, w, h, ""
}

// sniffImage names the format of a picture redress does not take, or "".
func sniffImage(data []byte) string {
	head := data[:min(len(data), 512)]
	switch {
	case bytes.HasPrefix(head, []byte("GIF8")):
		return "a GIF image"
	case bytes.HasPrefix(head, []byte("RIFF")) && len(head) >= 12 && string(head[8:12]) == "WEBP":
		return "a WebP image"
	case bytes.HasPrefix(head, []byte("BM")):
		return "a BMP image"
	case bytes.HasPrefix(head, []byte("II*\x00")) || bytes.HasPrefix(head, []byte("MM\x00*")):
		return "a TIFF image"
	case bytes.HasPrefix(head, []byte("%PDF")):
		return "a PDF"
	case len(head) >= 12 && string(head[4:8]) == "ftyp":
		return "an HEIC or other camera image"
	case bytes.Contains(bytes.ToLower(head), []byte("<svg")):
		return "an SVG drawing"
	}
	return ""
}
