package docx

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"math"
	"strconv"
	"strings"

	"redress/internal/doc"
)

// Images in the body (doc.Image: the firm's logo on a letterhead drawn
// by the writer) are inline DrawingML pictures, each in a paragraph of
// its own, the picture in word/media under a name made from its content,
// so that the same picture is stored once however often it is shown.

// media is the pictures of one document's body, in order of first use.
type media struct {
	images []*mediaImage
	byName map[string]*mediaImage
	shown  int // pictures drawn, for their unique wp:docPr ids
}

// mediaImage is one picture stored in the package.
type mediaImage struct {
	part string // word/media/redress-<hash>.png
	ct   string // image/png or image/jpeg
	data []byte
	rel  string // its relationship id from the main document
}

func (m *media) empty() bool { return m == nil || len(m.images) == 0 }

// emuPerPoint is the DrawingML unit: 12700 EMU to a point.
const emuPerPoint = 12700

// Namespaces of an inline picture.
const (
	nsWP  = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
	nsA   = "http://schemas.openxmlformats.org/drawingml/2006/main"
	nsPic = "http://schemas.openxmlformats.org/drawingml/2006/picture"
)

// image turns a doc.Image into a paragraph holding the picture. The
// picture keeps Width by Height points, scaled down (keeping its ratio)
// to the text width if wider. Data that is not a PNG or JPEG that
// decodes is an error.
func (bw *bodyWriter) image(im doc.Image) ([]element, error) {
	var ext, ct string
	var cfg image.Config
	var err error
	switch {
	case bytes.HasPrefix(im.Data, []byte("\x89PNG\r\n\x1a\n")):
		ext, ct = "png", "image/png"
		cfg, err = png.DecodeConfig(bytes.NewReader(im.Data))
	case bytes.HasPrefix(im.Data, []byte{0xFF, 0xD8, 0xFF}):
		ext, ct = "jpeg", "image/jpeg"
		cfg, err = jpeg.DecodeConfig(bytes.NewReader(im.Data))
	default:
		return nil, fmt.Errorf("docx: an image is neither PNG nor JPEG")
	}
	if err != nil {
		return nil, fmt.Errorf("docx: an image cannot be read: %w", err)
	}
	w, h := im.Width, im.Height
	if !(w > 0) || !(h > 0) || math.IsInf(w, 0) || math.IsInf(h, 0) {
		// No size given: the picture's pixels at 96 per inch.
		w, h = float64(cfg.Width)*0.75, float64(cfg.Height)*0.75
	}
	if limit := float64(bw.lay.textWidth()) / 20; w > limit {
		w, h = limit, h*limit/w
	}
	if bw.media == nil {
		bw.media = &media{byName: map[string]*mediaImage{}}
	}
	m := bw.media
	sum := sha256.Sum256(im.Data)
	part := "word/media/redress-" + hex.EncodeToString(sum[:8]) + "." + ext
	mi := m.byName[part]
	if mi == nil {
		mi = &mediaImage{part: part, ct: ct, data: im.Data, rel: "rIdImg" + strconv.Itoa(len(m.images)+1)}
		m.byName[part] = mi
		m.images = append(m.images, mi)
	}
	m.shown++
	cx, cy := int64(math.Round(w*emuPerPoint)), int64(math.Round(h*emuPerPoint))
	id := 1000 + m.shown // above the ids a letterhead's own drawings use
	var b strings.Builder
	name := "Picture " + strconv.Itoa(m.shown)
	fmt.Fprintf(&b, `<w:r><w:drawing><wp:inline xmlns:wp="%s" distT="0" distB="0" distL="0" distR="0">`, nsWP)
	fmt.Fprintf(&b, `<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>`, cx, cy)
	fmt.Fprintf(&b, `<wp:docPr id="%d" name="%s" descr="%s"/>`, id, name, xmlAttr(im.Alt))
	fmt.Fprintf(&b, `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="%s" noChangeAspect="1"/></wp:cNvGraphicFramePr>`, nsA)
	fmt.Fprintf(&b, `<a:graphic xmlns:a="%s"><a:graphicData uri="%s"><pic:pic xmlns:pic="%s">`, nsA, nsPic, nsPic)
	fmt.Fprintf(&b, `<pic:nvPicPr><pic:cNvPr id="%d" name="%s" descr="%s"/><pic:cNvPicPr/></pic:nvPicPr>`, id, name, xmlAttr(im.Alt))
	fmt.Fprintf(&b, `<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`, mi.rel)
	fmt.Fprintf(&b, `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`, cx, cy)
	b.WriteString(`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`)
	return []element{&paragraph{style: styleCompact, align: im.Align, runs: b.String()}}, nil
}

// media stores the body's pictures in the package, with their
// relationships and content types.
func (pb *pkgBuilder) media(m *media) error {
	if m.empty() {
		return nil
	}
	for _, mi := range m.images {
		if err := pb.put(mi.part, mi.data, false); err != nil {
			return fmt.Errorf("docx: %w", err)
		}
		pb.declare(mi.part, mi.ct)
		pb.docRels = append(pb.docRels, relationship{ID: mi.rel, Type: relImage, Target: relTarget("word", mi.part)})
	}
	return nil
}
