package pdf

// placed is a unit at its position on a page.
type placed struct {
	u *unit
	y float64 // top of the unit
	// repeat marks a table header repeated from an earlier page.
	repeat bool
}

// page is one page of the body.
type page struct {
	placed []placed
	// canvas is set on a page drawn from a doc.Canvas: it holds that one
	// unit, and gets no running header or footer.
	canvas bool
}

// paginate places units on pages between top and bottom.
//
// It takes keep chains whole: a unit with keep set, the units after it up
// to the first one without, form a chain, and a chain that does not fit in
// what is left of a page starts the next page. A chain taller than a whole
// page (a group or a table row longer than a page) is set unit by unit
// from the top of a new page, so layout always makes progress. Space
// before and after units is dropped at the top and bottom of a page, as
// word processors do. A table continuing on a new page gets its header
// rows again.
//
// On pleading paper a unit with a snap grid starts on the next line of
// that grid (pleading.go).
//
// A canvas takes a page of its own: it starts a new page unless the
// current one is still empty, and what follows it starts another. A page
// break right after a canvas is the one the canvas already made, not a
// blank page.
func paginate(units []*unit, top, bottom float64) []page {
	p := paginator{top: top, bottom: bottom}
	p.reset()
	tallTo := -1 // the last unit of a chain found taller than a page
	for i := 0; i < len(units); {
		u := units[i]
		if u.pageBreak {
			if i < len(units)-1 && (i == 0 || !units[i-1].canvas) {
				p.newPage()
			}
			i++
			continue
		}
		if u.canvas {
			if len(p.cur.placed) > 0 {
				p.newPage()
			}
			p.cur = page{placed: []placed{{u: u}}, canvas: true}
			if i < len(units)-1 {
				p.newPage()
			}
			i++
			continue
		}
		if p.empty && u.grid != nil && !u.header && !p.repeated && p.repeatable(u.grid) {
			p.repeatHeader(u.grid)
		}
		if i <= tallTo {
			// Inside a chain taller than a page: unit by unit, at least
			// one per page.
			if !p.empty && !p.fits(units[i:i+1]) {
				p.newPage()
				continue
			}
			p.place(units[i], false)
			i++
			continue
		}
		j := i
		for j < len(units)-1 && units[j].keep && !units[j+1].breaksPage() {
			j++
		}
		switch {
		case p.fits(units[i : j+1]):
			for _, v := range units[i : j+1] {
				p.place(v, false)
			}
			i = j + 1
		case !p.empty:
			p.newPage()
		default:
			tallTo = j
		}
	}
	return p.finish()
}

type paginator struct {
	top, bottom float64
	pages       []page
	cur         page
	y           float64 // bottom of the last unit placed
	lastAfter   float64 // its space after
	any         bool    // the page holds at least one unit (a repeated header counts)
	empty       bool    // the page holds nothing but a repeated header
	repeated    bool    // a header was already repeated on this page
}

func (p *paginator) reset() {
	p.cur = page{}
	p.y, p.lastAfter = p.top, 0
	p.any, p.empty, p.repeated = false, true, false
}

func (p *paginator) newPage() {
	p.pages = append(p.pages, p.cur)
	p.reset()
}

// fits reports whether us, set one after another from the current
// position, end above the bottom of the page.
func (p *paginator) fits(us []*unit) bool {
	y := p.y
	for k, u := range us {
		if p.any || k > 0 {
			prevAfter := p.lastAfter
			if k > 0 {
				prevAfter = us[k-1].after
			}
			y += prevAfter + u.before
		}
		y = snapTo(y, p.top, u.snap)
		y += u.h
	}
	return y <= p.bottom+lineEpsilon
}

func (p *paginator) place(u *unit, repeat bool) {
	if p.any {
		p.y += p.lastAfter + u.before
	}
	p.y = snapTo(p.y, p.top, u.snap)
	p.cur.placed = append(p.cur.placed, placed{u: u, y: p.y, repeat: repeat})
	p.y += u.h
	p.lastAfter = u.after
	p.any = true
	if !repeat {
		p.empty = false
	}
}

// repeatable reports whether a table's header rows are worth repeating:
// there are some, and they take at most a third of the page, so that the
// rows they label still have room.
func (p *paginator) repeatable(g *grid) bool {
	return len(g.head) > 0 && stackHeight(g.head) <= (p.bottom-p.top)/3
}

// repeatHeader sets a table's header rows at the top of a page the table
// continues on.
func (p *paginator) repeatHeader(g *grid) {
	p.repeated = true
	for _, h := range g.head {
		p.place(h, true)
	}
}

func (p *paginator) finish() []page {
	if len(p.cur.placed) > 0 || len(p.pages) == 0 {
		p.pages = append(p.pages, p.cur)
	}
	return p.pages
}
