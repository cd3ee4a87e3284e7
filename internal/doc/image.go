package doc

// Image is a picture on a line of its own, such as a firm's logo: Data
// is a PNG or JPEG file, set Width by Height points, aligned in the text
// width. Callers keep the picture's aspect ratio in Width and Height;
// writers draw it at that size (scaled down, keeping the ratio, if it is
// wider than the text). A writer that cannot read Data fails rather than
// leave the picture out.
type Image struct {
	Data          []byte
	Width, Height float64 // points
	Align         Align
	// Alt describes the picture for readers that cannot see it.
	Alt string
}

func (Image) isBlock() {}
