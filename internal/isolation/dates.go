package isolation

import (
	"time"

	"redress/internal/civil"
)

// months are the words for each month in the languages the documents are
// written in (English and Spanish), in full and abbreviated.
var months = [12][]string{
	{"january", "jan", "enero", "ene"},
	{"february", "feb", "febrero"},
	{"march", "mar", "marzo"},
	{"april", "apr", "abril", "abr"},
	{"may", "mayo"},
	{"june", "jun", "junio"},
	{"july", "jul", "julio"},
	{"august", "aug", "agosto", "ago"},
	{"september", "sep", "sept", "septiembre", "setiembre", "set"},
	{"october", "oct", "octubre"},
	{"november", "nov", "noviembre"},
	{"december", "dec", "diciembre", "dic"},
}

// dateAt reads the dates that end or start with the year token toks[i],
// in the ways the documents write a date: "April 12, 1988", "Apr. 12,
// 1988", "12 April 1988", "12 de abril de 1988", "04/12/1988",
// "4-12-1988", "1988-04-12". Each date found is passed to found with the
// tokens it spans. Numeric dates are read month first, as U.S. documents
// write them, and only with one '/', '-' or '.' between the numbers (not
// "4 12 1988", which is more likely a list of numbers).
func (g *Guard) dateAt(text string, toks []token, i int, found func(d civil.Date, first, last int)) {
	year := int(toks[i].num)
	try := func(month, day int16, first, last int) {
		d := civil.Date{Year: year, Month: time.Month(month), Day: int(day)}
		if d.Valid() {
			found(d, first, last)
		}
	}
	month := func(t token) int16 {
		if t.id < 0 {
			return -1
		}
		return int16(g.words[t.id].month)
	}
	if i >= 2 {
		a, b := toks[i-2], toks[i-1]
		if m := month(a); m > 0 && day(b) {
			try(m, b.num, i-2, i) // April 12, 1988
		}
		if m := month(b); m > 0 && day(a) {
			try(m, a.num, i-2, i) // 12 April 1988
		}
		if small(a) && small(b) && dateSep(text, a, b) && dateSep(text, b, toks[i]) {
			try(a.num, b.num, i-2, i) // 04/12/1988
		}
	}
	if i >= 4 && toks[i-1].id == g.de && toks[i-3].id == g.de && day(toks[i-4]) {
		if m := month(toks[i-2]); m > 0 {
			try(m, toks[i-4].num, i-4, i) // 12 de abril de 1988
		}
	}
	if i+2 < len(toks) {
		a, b := toks[i+1], toks[i+2]
		if small(a) && small(b) && dateSep(text, toks[i], a) && dateSep(text, a, b) {
			try(a.num, b.num, i, i+2) // 1988-04-12
		}
	}
}

// year reports whether a token is a four-digit year a person alive can
// have been born in.
func year(t token) bool { return t.num >= 1800 && t.num <= 2999 && t.end-t.start == 4 }

// day reports whether a token is a day of the month: one or two digits,
// or an ordinal ("12th").
func day(t token) bool { return t.num >= 1 && t.num <= 31 }

// small reports whether a token is a number of one or two digits.
func small(t token) bool { return t.num >= 0 && t.end-t.start <= 2 }

// dateSep reports whether two tokens are separated by exactly one '/',
// '-' or '.'.
func dateSep(text string, a, b token) bool {
	if b.start-a.end != 1 {
		return false
	}
	c := text[a.end]
	return c == '/' || c == '-' || c == '.'
}
