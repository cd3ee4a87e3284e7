package letterhead

import "fmt"

// Limits of a letterhead. A letterhead is small: Word saves a page with a
// logo, the firm's name and address in its header in well under 1 MiB
// (the sample in samples/letterhead is 13 KB), and every document drafted
// on it carries its pictures and fonts, so that a large letterhead is
// paid for again in every letter of a batch. The limits leave several
// times the room a real letterhead needs and stop a wrong file (a
// brochure with photographs, a zip bomb) before it is unpacked.
const (
	// MaxSize bounds the .docx file: room for a photograph-sized logo
	// (1-2 MiB) or an embedded font besides the XML.
	MaxSize = 4 << 20
	// MaxPartSize bounds one part, unpacked. No picture can be larger
	// than the file that holds it (pictures do not compress); XML
	// compresses about tenfold, and a letterhead's largest XML part, its
	// main document, is tens of kilobytes.
	MaxPartSize = 4 << 20
	// MaxXMLPart bounds a header, footer, styles, font table or theme
	// part, unpacked. Word writes a header or footer of a few kilobytes
	// and a stylesheet of tens; the header and footer are written again
	// into every document (their tokens filled in), so their size is paid
	// on every row of a batch: 1 MiB costs about 30 ms a letter, the
	// 28 MB header that prompted these limits 2.6 s.
	MaxXMLPart = 1 << 20
	// MaxUnpacked bounds all the parts read, unpacked: a file of at most
	// MaxSize that unpacks to more is not a letterhead.
	MaxUnpacked = 16 << 20
	// MaxParts bounds the entries of the zip. Word writes 10 to 30 parts
	// for a letterhead; each entry is read from the zip's directory.
	MaxParts = 300
)

// TooLarge is the error for a letterhead file of size bytes, more than
// MaxSize. Callers that learn the size before reading the file (casefile
// does, from the file system) report it with the same words as Open.
func TooLarge(size int64) error {
	return &Error{
		Problem: fmt.Sprintf("is %.1f MiB; a letterhead is a Word document of at most %d MiB (Word saves one with a logo in well under 1 MiB)", float64(size)/(1<<20), MaxSize>>20),
		Fix:     "is this the right file? If it is, make its pictures smaller (in Word: select a picture, Picture Format > Compress Pictures) and save it again",
	}
}
