package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// Slim returns a copy of the TrueType font ttf without what a PDF viewer
// never uses: the hinting programs (the fpgm, prep and cvt tables and each
// glyph's instructions), the tables fpdf does not read (kerning, OpenType
// layout, device metrics, the signature) and every name record but the
// Windows English names, copyright, trademark and licence URL.
//
// Why: fpdf copies the hinting tables and each glyph's instructions into
// every subset it embeds, and for Liberation Serif they are about half of
// the subset: three faces cost a letter 47 KB of its 74. Viewers render
// embedded TrueType outlines unhinted or with their own hinter, so the
// glyphs look the same; the outlines, metrics and character map are byte
// for byte those of the original. The copyright and the OFL's URL stay in
// the name table, as the licence asks of a copy.
func Slim(ttf []byte) ([]byte, error) {
	tables, err := readTables(ttf)
	if err != nil {
		return nil, err
	}
	for _, tag := range []string{"head", "loca", "glyf", "maxp", "name"} {
		if tables[tag] == nil {
			return nil, fmt.Errorf("fonts: no %s table", tag)
		}
	}
	out := map[string][]byte{}
	for tag, data := range tables {
		if !dropped[tag] {
			out[tag] = data
		}
	}
	head := append([]byte(nil), tables["head"]...)
	if len(head) < 54 {
		return nil, errors.New("fonts: short head table")
	}
	if len(tables["maxp"]) < 6 {
		return nil, errors.New("fonts: short maxp table")
	}
	numGlyphs := int(binary.BigEndian.Uint16(tables["maxp"][4:]))
	offsets, err := locaOffsets(tables["loca"], int16(binary.BigEndian.Uint16(head[50:])), numGlyphs)
	if err != nil {
		return nil, err
	}
	glyf, loca, err := stripGlyphs(tables["glyf"], offsets)
	if err != nil {
		return nil, err
	}
	binary.BigEndian.PutUint16(head[50:], 1) // long loca offsets
	binary.BigEndian.PutUint32(head[8:], 0)  // checkSumAdjustment, set below
	out["head"], out["glyf"], out["loca"] = head, glyf, loca
	if out["name"], err = slimNames(tables["name"]); err != nil {
		return nil, err
	}
	return writeFont(ttf[:4], out), nil
}

// dropped are the tables Slim leaves out.
var dropped = map[string]bool{
	"cvt ": true, "fpgm": true, "prep": true, "hdmx": true, "LTSH": true,
	"VDMX": true, "DSIG": true, "kern": true, "GPOS": true, "GSUB": true,
	"GDEF": true, "JSTF": true, "BASE": true, "MATH": true, "PCLT": true,
	"gasp": true, "meta": true, "FFTM": true,
}

// keptNames are the name IDs Slim keeps: copyright (0), family, subfamily,
// unique and full name, version, PostScript name (1-6), trademark (7) and
// the licence URL (14).
var keptNames = map[uint16]bool{0: true, 1: true, 2: true, 3: true, 4: true, 5: true, 6: true, 7: true, 14: true}

func readTables(ttf []byte) (map[string][]byte, error) {
	if len(ttf) < 12 {
		return nil, errors.New("fonts: not a TrueType font")
	}
	if v := binary.BigEndian.Uint32(ttf); v != 0x00010000 && v != 0x74727565 {
		return nil, errors.New("fonts: not a TrueType font (outlines must be glyf)")
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	if len(ttf) < 12+16*n {
		return nil, errors.New("fonts: short table directory")
	}
	tables := make(map[string][]byte, n)
	for i := range n {
		rec := ttf[12+16*i:]
		tag := string(rec[:4])
		off, size := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		if off < 0 || size < 0 || off+size > len(ttf) {
			return nil, fmt.Errorf("fonts: table %q outside the file", tag)
		}
		tables[tag] = ttf[off : off+size]
	}
	return tables, nil
}

func locaOffsets(loca []byte, format int16, numGlyphs int) ([]int, error) {
	offs := make([]int, numGlyphs+1)
	switch format {
	case 0:
		if len(loca) < 2*(numGlyphs+1) {
			return nil, errors.New("fonts: short loca table")
		}
		for i := range offs {
			offs[i] = 2 * int(binary.BigEndian.Uint16(loca[2*i:]))
		}
	case 1:
		if len(loca) < 4*(numGlyphs+1) {
			return nil, errors.New("fonts: short loca table")
		}
		for i := range offs {
			offs[i] = int(binary.BigEndian.Uint32(loca[4*i:]))
		}
	default:
		return nil, fmt.Errorf("fonts: unknown loca format %d", format)
	}
	return offs, nil
}

// stripGlyphs copies every glyph without its instructions and returns the
// new glyf table with its long-format loca.
func stripGlyphs(glyf []byte, offs []int) ([]byte, []byte, error) {
	out := make([]byte, 0, len(glyf))
	loca := make([]byte, 4*len(offs))
	for i := 0; i+1 < len(offs); i++ {
		binary.BigEndian.PutUint32(loca[4*i:], uint32(len(out)))
		a, b := offs[i], offs[i+1]
		if a > b || b > len(glyf) {
			return nil, nil, fmt.Errorf("fonts: glyph %d outside glyf", i)
		}
		g, err := stripGlyph(glyf[a:b])
		if err != nil {
			return nil, nil, fmt.Errorf("fonts: glyph %d: %w", i, err)
		}
		out = append(out, g...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	binary.BigEndian.PutUint32(loca[4*(len(offs)-1):], uint32(len(out)))
	return out, loca, nil
}

// Composite glyph flags (OpenType glyf table).
const (
	argWords         = 0x0001
	haveScale        = 0x0008
	moreComponents   = 0x0020
	haveXYScale      = 0x0040
	have2x2          = 0x0080
	haveInstructions = 0x0100
)

func stripGlyph(g []byte) ([]byte, error) {
	if len(g) == 0 {
		return nil, nil
	}
	if len(g) < 10 {
		return nil, errors.New("short header")
	}
	contours := int16(binary.BigEndian.Uint16(g))
	if contours >= 0 {
		at := 10 + 2*int(contours)
		if len(g) < at+2 {
			return nil, errors.New("short simple glyph")
		}
		n := int(binary.BigEndian.Uint16(g[at:]))
		if len(g) < at+2+n {
			return nil, errors.New("instructions run past the glyph")
		}
		out := make([]byte, 0, len(g)-n)
		out = append(out, g[:at]...)
		out = append(out, 0, 0)
		return append(out, g[at+2+n:]...), nil
	}
	out := append([]byte(nil), g...)
	at := 10
	for {
		if len(out) < at+4 {
			return nil, errors.New("short composite glyph")
		}
		flags := binary.BigEndian.Uint16(out[at:])
		binary.BigEndian.PutUint16(out[at:], flags&^haveInstructions)
		at += 4
		if flags&argWords != 0 {
			at += 4
		} else {
			at += 2
		}
		switch {
		case flags&haveScale != 0:
			at += 2
		case flags&haveXYScale != 0:
			at += 4
		case flags&have2x2 != 0:
			at += 8
		}
		if flags&moreComponents == 0 {
			break
		}
	}
	if at > len(out) {
		return nil, errors.New("short composite glyph")
	}
	return out[:at], nil
}

func slimNames(name []byte) ([]byte, error) {
	if len(name) < 6 || binary.BigEndian.Uint16(name) != 0 {
		return nil, errors.New("fonts: name table is not format 0")
	}
	count := int(binary.BigEndian.Uint16(name[2:]))
	storage := int(binary.BigEndian.Uint16(name[4:]))
	if len(name) < 6+12*count || storage > len(name) {
		return nil, errors.New("fonts: short name table")
	}
	type record struct {
		head [8]byte // platform, encoding, language, name ID
		text []byte
	}
	var keep []record
	for i := range count {
		rec := name[6+12*i:]
		platform, nameID := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[6:])
		lang := binary.BigEndian.Uint16(rec[4:])
		if platform != 3 || lang != 0x409 || !keptNames[nameID] {
			continue
		}
		size, off := int(binary.BigEndian.Uint16(rec[8:])), int(binary.BigEndian.Uint16(rec[10:]))
		if storage+off+size > len(name) {
			return nil, errors.New("fonts: name record outside the table")
		}
		var r record
		copy(r.head[:], rec[:8])
		r.text = name[storage+off : storage+off+size]
		keep = append(keep, r)
	}
	out := make([]byte, 6+12*len(keep))
	binary.BigEndian.PutUint16(out[2:], uint16(len(keep)))
	binary.BigEndian.PutUint16(out[4:], uint16(len(out)))
	var text []byte
	for i, r := range keep {
		rec := out[6+12*i:]
		copy(rec, r.head[:])
		binary.BigEndian.PutUint16(rec[8:], uint16(len(r.text)))
		binary.BigEndian.PutUint16(rec[10:], uint16(len(text)))
		text = append(text, r.text...)
	}
	return append(out, text...), nil
}

// writeFont lays out the tables in tag order, each on a four-byte boundary,
// with their checksums and the head table's checkSumAdjustment.
func writeFont(version []byte, tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	searchRange, selector := 1, 0
	for searchRange*2 <= n {
		searchRange *= 2
		selector++
	}
	out := make([]byte, 12+16*n)
	copy(out, version)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(searchRange*16))
	binary.BigEndian.PutUint16(out[8:], uint16(selector))
	binary.BigEndian.PutUint16(out[10:], uint16(n*16-searchRange*16))
	headAt := 0
	for i, tag := range tags {
		data := tables[tag]
		rec := out[12+16*i:]
		copy(rec, tag)
		binary.BigEndian.PutUint32(rec[4:], checksum(data))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(data)))
		if tag == "head" {
			headAt = len(out)
		}
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
