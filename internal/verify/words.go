package verify

import (
	"html"
	"regexp"
	"strconv"
	"testing"
	"time"
)

// Word is one word pdftotext found, with its box in points from the
// top-left of the page.
type Word struct {
	Text                   string
	XMin, YMin, XMax, YMax float64
}

var (
	pageRE = regexp.MustCompile(`<page width="[^"]*" height="[^"]*">`)
	wordRE = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)
)

// Words returns the words of each page of a PDF with their positions
// (pdftotext -bbox).
func Words(t testing.TB, path string) [][]Word {
	t.Helper()
	out := run(t, time.Minute, "pdftotext", "-bbox", "-enc", "UTF-8", path, "-")
	locs := pageRE.FindAllStringIndex(out, -1)
	pages := make([][]Word, len(locs))
	for i, loc := range locs {
		end := len(out)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		for _, m := range wordRE.FindAllStringSubmatch(out[loc[1]:end], -1) {
			w := Word{Text: html.UnescapeString(m[5])}
			w.XMin, _ = strconv.ParseFloat(m[1], 64)
			w.YMin, _ = strconv.ParseFloat(m[2], 64)
			w.XMax, _ = strconv.ParseFloat(m[3], 64)
			w.YMax, _ = strconv.ParseFloat(m[4], 64)
			pages[i] = append(pages[i], w)
		}
	}
	return pages
}
