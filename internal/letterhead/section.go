package letterhead

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// section is what the letterhead's last section says: its page, and the
// header and footer parts it uses, by kind.
type section struct {
	page             Page
	headers, footers map[string]string
}

// The page a letterhead without a section has: Letter, one-inch margins,
// the header and footer half an inch from the edge (Word's default for
// U.S. English).
var defaultPage = Page{Width: 12240, Height: 15840, Top: 1440, Right: 1440, Bottom: 1440, Left: 1440, Header: 720, Footer: 720}

// readSection reads the sections of the main document (each w:sectPr,
// in a paragraph's properties or last in the body) and returns the last.
// A section that names no header (or footer) of a kind has the previous
// section's, as in Word, so the last section's are found by looking
// back.
func readSection(x *part, rels []rel, main string) (*section, error) {
	byID := map[string]rel{}
	for _, r := range rels {
		byID[r.id] = r
	}
	var sects []int
	for i := range x.toks {
		if x.is(i, nsW, "sectPr") {
			if p := x.toks[i].parent; p >= 0 && (x.is(p, nsW, "body") || x.is(p, nsW, "pPr")) {
				sects = append(sects, i)
			}
		}
	}
	s := &section{page: defaultPage, headers: map[string]string{}, footers: map[string]string{}}
	if len(sects) == 0 {
		return s, nil
	}
	relsPart := relsName(main)
	// From the last section back, the first reference of each kind wins.
	for n := len(sects) - 1; n >= 0; n-- {
		sp := sects[n]
		for i := sp + 1; i < x.toks[sp].match; i++ {
			if x.toks[i].kind != tStart || x.toks[i].parent != sp {
				continue
			}
			el := x.toks[i].name.Local
			if x.toks[i].ns != nsW || el != "headerReference" && el != "footerReference" {
				continue
			}
			kind, _ := x.attr(i, nsW, "type")
			if kind == "" {
				kind = "default"
			}
			if kind != "default" && kind != "first" {
				continue
			}
			dst, want, what := s.headers, relHdr, "header"
			if el == "footerReference" {
				dst, want, what = s.footers, relFtr, "footer"
			}
			if _, done := dst[kind]; done {
				continue
			}
			id, _ := x.attr(i, nsR, "id")
			r, ok := byID[id]
			switch {
			case !ok:
				return nil, unusable("its page's %s refers to the relationship %q, which %s lacks", what, id, relsPart)
			case r.typ != want || r.external || r.outside:
				return nil, unusable("its page's %s refers to the relationship %q, which is not a %s in the file", what, id, what)
			}
			dst[kind] = r.part
		}
	}
	if err := s.readPage(x, sects[len(sects)-1]); err != nil {
		return nil, unusable("its page setup: %v", err)
	}
	return s, nil
}

// readPage reads the page setup of the section at token sp.
func (s *section) readPage(x *part, sp int) error {
	p := &s.page
	for i := sp + 1; i < x.toks[sp].match; i++ {
		if x.toks[i].kind != tStart || x.toks[i].parent != sp || x.toks[i].ns != nsW {
			continue
		}
		num := func(name string, dst *int) error {
			v, ok := x.attr(i, nsW, name)
			if !ok {
				return nil
			}
			n, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil || n > 1e6 || n < -1e6 {
				return fmt.Errorf("<w:%s w:%s=%q>: not a length in twips", x.toks[i].name.Local, name, v)
			}
			*dst = int(n)
			return nil
		}
		var err error
		switch x.toks[i].name.Local {
		case "pgSz":
			if err = num("w", &p.Width); err == nil {
				err = num("h", &p.Height)
			}
			o, _ := x.attr(i, nsW, "orient")
			p.Landscape = o == "landscape"
		case "pgMar":
			for _, f := range []struct {
				name string
				dst  *int
			}{{"top", &p.Top}, {"right", &p.Right}, {"bottom", &p.Bottom}, {"left", &p.Left},
				{"header", &p.Header}, {"footer", &p.Footer}, {"gutter", &p.Gutter}} {
				if err == nil {
					err = num(f.name, f.dst)
				}
			}
		case "titlePg":
			v, ok := x.attr(i, nsW, "val")
			p.TitlePg = !ok || v == "1" || v == "true" || v == "on"
		}
		if err != nil {
			return err
		}
	}
	if p.Width < 2880 || p.Height < 2880 || p.Width > 31680 || p.Height > 31680 {
		return fmt.Errorf("the page, %.2f × %.2f in, is not a paper size", float64(p.Width)/1440, float64(p.Height)/1440)
	}
	if p.Right < 0 || p.Left < 0 || p.Header < 0 || p.Footer < 0 || p.Gutter < 0 {
		return errors.New("a page margin is negative")
	}
	if w, h := p.TextWidth(), p.TextHeight(); w < 1440 || h < 1440 {
		return fmt.Errorf("its margins leave a text area of %.2f × %.2f in; redress needs at least an inch each way", float64(w)/1440, float64(h)/1440)
	}
	return nil
}
