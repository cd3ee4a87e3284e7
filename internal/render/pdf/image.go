package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"image/png"
	"strconv"
	"sync"

	"github.com/go-pdf/fpdf"

	"redress/internal/doc"
)

// Pictures (doc.Image: a firm's logo). fpdf embeds a JPEG as it is and
// reads a PNG itself, but only an 8-bit, non-interlaced one, and keeps
// only full transparency of a palette; any other PNG is decoded and
// written again as an 8-bit RGB(A) PNG, which fpdf takes whole (alpha
// becomes a soft mask). Each distinct picture is registered once per
// fpdf document under a name made from its content, so that a batch of
// letters with one logo (WriteEach, Combine) holds it once, and the
// output never depends on the order pictures are met in.
//
// One more thing for stable bytes: fpdf writes its pictures sorted by
// pixel width, and pictures of the same width in map order. A second
// distinct picture as wide as one already in the document is therefore
// widened by a transparent column (drawn that much wider, so the picture
// itself keeps its size), which gives every picture of a document its
// own width.

// pimage is a picture ready for fpdf.
type pimage struct {
	name string // registration name: from the content
	typ  string // fpdf's image type: "png" or "jpg"
	data []byte // what fpdf reads
	w, h int    // pixels
}

// imageSet is what one fpdf document has registered: by name, and the
// name holding each pixel width.
type imageSet struct {
	byName  map[string]*pimage // a picture's name → the picture registered for it
	byWidth map[int]string
}

// Prepared pictures, by the SHA-256 of their bytes (and widening),
// process-wide: a batch renders one logo thousands of times. Emptied when
// it holds maxCachedImages.
var imageCache struct {
	sync.Mutex
	m map[imageKey]*imageEntry
}

type imageKey struct {
	sum   [32]byte
	extra int // transparent columns added
}

type imageEntry struct {
	once sync.Once
	img  *pimage
	err  error
}

const maxCachedImages = 32

// prepareImage returns data ready for fpdf, widened by extra transparent
// columns, or why it cannot be.
func prepareImage(data []byte, extra int) (*pimage, error) {
	key := imageKey{sum: sha256.Sum256(data), extra: extra}
	imageCache.Lock()
	if imageCache.m == nil || len(imageCache.m) >= maxCachedImages {
		imageCache.m = map[imageKey]*imageEntry{}
	}
	e := imageCache.m[key]
	if e == nil {
		e = &imageEntry{}
		imageCache.m[key] = e
	}
	imageCache.Unlock()
	e.once.Do(func() {
		e.img, e.err = readImage(data, extra)
		if e.err == nil {
			e.img.name = "img" + hex.EncodeToString(key.sum[:12])
			if extra > 0 {
				e.img.name += "w" + strconv.Itoa(extra)
			}
		}
	})
	return e.img, e.err
}

var pngSignature = []byte("\x89PNG\r\n\x1a\n")

// readImage checks a PNG or JPEG and puts it in a form fpdf reads.
func readImage(data []byte, extra int) (*pimage, error) {
	var decode func([]byte) (image.Image, error)
	var direct bool
	switch {
	case bytes.HasPrefix(data, pngSignature):
		decode = func(b []byte) (image.Image, error) { return png.Decode(bytes.NewReader(b)) }
		direct = plainPNG(data)
	case bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}):
		decode = func(b []byte) (image.Image, error) { return jpeg.Decode(bytes.NewReader(b)) }
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("JPEG: %w", err)
		}
		if cfg.Width > 0 && cfg.Height > 0 && extra == 0 {
			// The whole picture must decode; fpdf only reads its header.
			if _, err := decode(data); err != nil {
				return nil, fmt.Errorf("JPEG: %w", err)
			}
			return &pimage{typ: "jpg", data: data, w: cfg.Width, h: cfg.Height}, nil
		}
	default:
		return nil, errors.New("not a PNG or JPEG picture")
	}
	img, err := decode(data)
	if err != nil {
		return nil, err
	}
	b := img.Bounds()
	if b.Dx() < 1 || b.Dy() < 1 {
		return nil, errors.New("an empty picture")
	}
	if direct && extra == 0 {
		return &pimage{typ: "png", data: data, w: b.Dx(), h: b.Dy()}, nil
	}
	out := image.NewNRGBA(image.Rect(0, 0, b.Dx()+extra, b.Dy()))
	draw.Draw(out, b.Sub(b.Min), img, b.Min, draw.Src)
	var buf bytes.Buffer
	if err := png.Encode(&buf, out); err != nil {
		return nil, err
	}
	return &pimage{typ: "png", data: buf.Bytes(), w: b.Dx() + extra, h: b.Dy()}, nil
}

// plainPNG reports whether fpdf reads a PNG as it is: 8 bits a sample,
// not interlaced, grey, RGB or RGBA, or a palette without transparency;
// and every chunk whole.
func plainPNG(data []byte) bool {
	if len(data) < 33 || string(data[12:16]) != "IHDR" {
		return false
	}
	depth, ct, interlace := data[24], data[25], data[28]
	if depth != 8 || interlace != 0 {
		return false
	}
	switch ct {
	case 0, 2, 6:
	case 3:
	default:
		return false
	}
	for i := 8; i+8 <= len(data); {
		n := int(binary.BigEndian.Uint32(data[i:]))
		kind := string(data[i+4 : i+8])
		if n < 0 || i+12+n > len(data) {
			return false
		}
		if kind == "tRNS" && ct == 3 {
			return false
		}
		if kind == "IEND" {
			return true
		}
		i += 12 + n
	}
	return false
}

// checkImages prepares every picture of the blocks, so that one that
// cannot be drawn fails the document before anything is drawn.
func checkImages(blocks []doc.Block) error {
	n := 0
	var walk func([]doc.Block) error
	walk = func(bs []doc.Block) error {
		for _, b := range bs {
			var im *doc.Image
			switch x := b.(type) {
			case doc.Image:
				im = &x
			case *doc.Image:
				im = x
			case doc.Group:
				if err := walk(x.Blocks); err != nil {
					return err
				}
			case *doc.Group:
				if x != nil {
					if err := walk(x.Blocks); err != nil {
						return err
					}
				}
			case doc.List:
				for _, it := range x.Items {
					if err := walk(it.Blocks); err != nil {
						return err
					}
				}
			}
			if im != nil {
				n++
				if _, err := prepareImage(im.Data, 0); err != nil {
					return fmt.Errorf("pdf: image %d: %w", n, err)
				}
			}
		}
		return nil
	}
	return walk(blocks)
}

// image lays out a picture: Width by Height points, scaled down (keeping
// its ratio) to fit the text width and the page, aligned in b, with a
// third of a line below it.
func (l *layouter) image(im doc.Image, b box) []*unit {
	pi, err := prepareImage(im.Data, 0)
	if err != nil {
		return nil // checkImages has reported it
	}
	w, h := im.Width, im.Height
	if !(w > 0) || !(h > 0) || w > 1e6 || h > 1e6 {
		w, h = float64(pi.w)*0.75, float64(pi.h)*0.75 // 96 pixels an inch
	}
	if w > b.width {
		w, h = b.width, h*b.width/w
	}
	if maxH := l.bodyH; maxH > 0 && h > maxH {
		w, h = w*maxH/h, maxH
	}
	x := b.left
	switch im.Align {
	case doc.Center:
		x += (b.width - w) / 2
	case doc.Right:
		x += b.width - w
	}
	return []*unit{{h: h, baseline: -1, after: l.lay.FontSize / 3,
		items: []item{{kind: itemImage, x: x, w: w, h: h, img: pi}}}}
}

// image draws a picture with its top-left corner at (x, y), registering
// it with fpdf the first time the document shows it.
func (c *canvas) image(pi *pimage, x, y, w, h float64) {
	if c.imgs == nil {
		c.imgs = &imageSet{byName: map[string]*pimage{}, byWidth: map[int]string{}}
	}
	use := c.imgs.byName[pi.name]
	if use == nil {
		use = pi
		extra := 0
		for {
			if _, taken := c.imgs.byWidth[pi.w+extra]; !taken {
				break
			}
			extra++
		}
		if extra > 0 {
			var err error
			if use, err = prepareImage(pi.data, extra); err != nil {
				c.pdf.SetError(fmt.Errorf("pdf: image: %w", err))
				return
			}
		}
		c.pdf.RegisterImageOptionsReader(use.name, fpdf.ImageOptions{ImageType: use.typ}, bytes.NewReader(use.data))
		c.imgs.byName[pi.name] = use
		c.imgs.byWidth[use.w] = use.name
	}
	// A widened picture is drawn wider by its transparent columns.
	w *= float64(use.w) / float64(pi.w)
	c.pdf.ImageOptions(use.name, x, y, w, h, false, fpdf.ImageOptions{ImageType: use.typ}, 0, "")
}
