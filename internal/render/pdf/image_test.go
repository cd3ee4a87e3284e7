package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"strconv"
	"strings"
	"testing"

	"redress/internal/doc"
)

// The fictional logo of samples/letterhead: a 192 × 192 navy disc with a
// white L, on a transparent ground.
func sampleLogo(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("../../../samples/letterhead/logo.png")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// logoHeight is the letterhead's logo height: 0.6 in.
const logoHeight = 43.2

// withLogo is a client letter opening with a letterhead group: the logo
// centred above the firm's name.
func withLogo(name string, logo []byte) *doc.Document {
	d := clientLetter(name, 12)
	d.Body = append([]doc.Block{doc.Group{Letterhead: true, Blocks: []doc.Block{
		doc.Image{Data: logo, Width: logoHeight, Height: logoHeight, Align: doc.Center, Alt: "Logo"},
		doc.Paragraph{Style: doc.Compact, Align: doc.Center, Spans: []doc.Span{doc.B("Lakeshore Immigrant Rights Clinic")}},
		doc.Rule{},
	}}}, d.Body...)
	return d
}

// imageList is pdfimages -list: each image's width, height and type.
type listedImage struct {
	w, h int
	kind string // image, smask
}

func pdfImages(t testing.TB, pdf []byte) []listedImage {
	t.Helper()
	out := runTool(t, "pdfimages", "-list", pdfFile(t, pdf))
	var imgs []listedImage
	for _, l := range strings.Split(out, "\n")[2:] {
		f := strings.Fields(l)
		if len(f) < 5 {
			continue
		}
		w, _ := strconv.Atoi(f[3])
		h, _ := strconv.Atoi(f[4])
		imgs = append(imgs, listedImage{w: w, h: h, kind: f[2]})
	}
	return imgs
}

func TestImageLogo(t *testing.T) {
	logo := sampleLogo(t)
	pdf := mustRender(t, withLogo("Ana Lee", logo))
	checkValid(t, pdf)
	imgs := pdfImages(t, pdf)
	want := []listedImage{{192, 192, "image"}, {192, 192, "smask"}}
	if len(imgs) != 2 || imgs[0] != want[0] || imgs[1] != want[1] {
		t.Errorf("pdfimages: %v, want %v", imgs, want)
	}
	// The logo sits centred at the top margin, 0.6 in tall: its disc is
	// dark, the page beside and below it white, and the firm's name under
	// it.
	g := rasterize(t, pdf, 1)
	top := 72.0
	if lo, err := layoutDocument(withLogo("Ana Lee", logo)); err == nil {
		top = lo.top
	}
	cx := doc.PageWidth / 2
	for _, c := range []struct {
		what string
		x, y float64
		dark bool
	}{
		{"the disc left of the L", cx - 14, top + logoHeight/2 - 8, true},
		{"the disc's right edge", cx + logoHeight/2 - 4, top + logoHeight/2, true},
		{"beside the logo", cx + logoHeight, top + logoHeight/2, false},
		{"left of the logo", cx - logoHeight, top + logoHeight/2, false},
	} {
		if dark := g.at(c.x, c.y) < 128; dark != c.dark {
			t.Errorf("%s at (%.0f, %.0f): grey %d, want dark %v", c.what, c.x, c.y, g.at(c.x, c.y), c.dark)
		}
	}
	words := pdftotext(t, pdf)
	if !strings.Contains(words[0], "Lakeshore Immigrant Rights Clinic") {
		t.Error("the firm's name is lost")
	}
	if again := mustRender(t, withLogo("Ana Lee", logo)); !bytes.Equal(pdf, again) {
		t.Error("two renderings differ")
	}
}

// variants are pictures of every kind fpdf reads differently: 16-bit,
// a palette with partial transparency, grey, a JPEG.
func variants(t testing.TB) map[string][]byte {
	t.Helper()
	encode := func(img image.Image) []byte {
		var b bytes.Buffer
		if err := png.Encode(&b, img); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	const n = 40
	rgba64 := image.NewNRGBA64(image.Rect(0, 0, n, n/2))
	pal := image.NewPaletted(image.Rect(0, 0, n, n), color.Palette{color.NRGBA{0, 0, 0, 0}, color.NRGBA{0x1f, 0x3a, 0x5f, 0x80}, color.NRGBA{0x1f, 0x3a, 0x5f, 0xff}})
	gray := image.NewGray(image.Rect(0, 0, n, n))
	rgb := image.NewRGBA(image.Rect(0, 0, n, n))
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			rgba64.SetNRGBA64(x, y/2, color.NRGBA64{0x1f00, 0x3a00, 0x5f00, uint16(0xffff * x / n)})
			pal.SetColorIndex(x, y, uint8((x/10)%3))
			gray.SetGray(x, y, color.Gray{uint8(y * 6)})
			rgb.Set(x, y, color.RGBA{uint8(x * 6), 0x3a, 0x5f, 0xff})
		}
	}
	var jb bytes.Buffer
	if err := jpeg.Encode(&jb, rgb, nil); err != nil {
		t.Fatal(err)
	}
	return map[string][]byte{"16-bit": encode(rgba64), "palette": encode(pal), "grey": encode(gray), "jpeg": jb.Bytes()}
}

func TestImageKinds(t *testing.T) {
	for name, data := range variants(t) {
		d := withLogo(name, data)
		pdf := mustRender(t, d)
		checkValid(t, pdf)
		imgs := pdfImages(t, pdf)
		if len(imgs) == 0 || imgs[0].w != 40 {
			t.Errorf("%s: pdfimages %v, want a picture 40 pixels wide", name, imgs)
		}
	}
	// Not a picture, or a damaged one: an error, not a letter without it.
	logo := sampleLogo(t)
	for name, data := range map[string][]byte{
		"gif":       []byte("GIF89a\x01\x00\x01\x00"),
		"truncated": logo[:len(logo)/2],
		"empty":     nil,
	} {
		if err := Write(new(bytes.Buffer), withLogo(name, data)); err == nil {
			t.Errorf("%s: Write accepts it", name)
		}
		if _, err := WriteEach([]*doc.Document{clientLetter("x", 1), withLogo(name, data)}); err == nil {
			t.Errorf("%s: WriteEach accepts it", name)
		}
	}
}

// TestImageWriteEach draws letters with logos in one group file and cuts
// it: every file valid and showing its logo, the same bytes every time,
// even with two distinct logos of one pixel width (which fpdf would write
// in map order).
func TestImageWriteEach(t *testing.T) {
	logo := sampleLogo(t)
	img, err := png.Decode(bytes.NewReader(logo))
	if err != nil {
		t.Fatal(err)
	}
	// A second logo as wide as the first: the same disc, mirrored.
	b := img.Bounds()
	mirror := image.NewNRGBA(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			mirror.Set(b.Max.X-1-x, y, img.At(x, y))
		}
	}
	var mb bytes.Buffer
	if err := png.Encode(&mb, mirror); err != nil {
		t.Fatal(err)
	}
	docs := func() []*doc.Document {
		return []*doc.Document{withLogo("Ana Lee", logo), withLogo("Zoë O'Brien", mb.Bytes()), clientLetter("Nguyễn Văn Ân", 3), withLogo("Dvořák Antonín", logo)}
	}
	files, err := WriteEach(docs())
	if err != nil {
		t.Fatal(err)
	}
	// Each file shows its own logo; the mirrored one, registered second
	// with the same width, is widened by a column.
	for i, want := range []int{192, 193, 0, 192} {
		checkValid(t, files[i])
		var got []int
		for _, im := range pdfImages(t, files[i]) {
			if im.kind == "image" {
				got = append(got, im.w)
			}
		}
		if want == 0 && len(got) != 0 || want != 0 && (len(got) != 1 || got[0] != want) {
			t.Errorf("file %d shows pictures %v pixels wide, want %d", i+1, got, want)
		}
	}
	for range 4 {
		again, err := WriteEach(docs())
		if err != nil {
			t.Fatal(err)
		}
		for i := range files {
			if !bytes.Equal(files[i], again[i]) {
				t.Fatalf("file %d differs between two runs", i+1)
			}
		}
	}
	// Combine too: one file, the same bytes each time.
	a, err := Combine(docs(), CombineOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkValid(t, a)
	for range 4 {
		if b, _ := Combine(docs(), CombineOptions{}); !bytes.Equal(a, b) {
			t.Fatal("Combine differs between two runs")
		}
	}
}
