//go:build ignore

// Command logo draws samples/letterhead/logo.png, the fictional logo of
// the sample firm: a navy disc with a white ring, a white "L" and two
// waves, on a transparent ground, 192 × 192 pixels, antialiased by 4 × 4
// supersampling. Run it from this folder:
//
//	go run logo.go logo.png
package main

import (
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

func main() {
	const n = 192 // pixels each way
	const ss = 4  // samples each way per pixel
	navy := color.NRGBA{0x1f, 0x3a, 0x5f, 0xff}
	img := image.NewNRGBA(image.Rect(0, 0, n, n))
	c := float64(n) / 2
	// inside reports whether a point is on the disc, and whether it is
	// white there.
	inside := func(x, y float64) (disc, white bool) {
		r := math.Hypot(x-c, y-c)
		if r > c-1 {
			return false, false
		}
		switch {
		case r > c-14 && r < c-9: // the ring
			return true, true
		case x > 62 && x < 82 && y > 44 && y < 118: // the L's stem
			return true, true
		case x > 62 && x < 130 && y > 100 && y < 118: // its foot
			return true, true
		}
		for k := 0; k < 2; k++ { // the waves
			wy := 134 + float64(k)*14 + 4*math.Sin((x-40)/12)
			if y > wy-3 && y < wy+3 && x > 46 && x < 146 {
				return true, true
			}
		}
		return true, false
	}
	for py := 0; py < n; py++ {
		for px := 0; px < n; px++ {
			var discN, whiteN int
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					d, w := inside(float64(px)+(float64(sx)+0.5)/ss, float64(py)+(float64(sy)+0.5)/ss)
					if d {
						discN++
					}
					if w {
						whiteN++
					}
				}
			}
			if discN == 0 {
				continue
			}
			a := float64(discN) / ss / ss
			wf := float64(whiteN) / float64(discN)
			mix := func(v uint8) uint8 { return uint8(math.Round(float64(v)*(1-wf) + 255*wf)) }
			img.SetNRGBA(px, py, color.NRGBA{mix(navy.R), mix(navy.G), mix(navy.B), uint8(math.Round(a * 255))})
		}
	}
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(f, img); err != nil {
		panic(err)
	}
	if err := f.Close(); err != nil {
		panic(err)
	}
}
