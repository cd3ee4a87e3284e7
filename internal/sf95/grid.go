package sf95

// The form's grid in PDF points, y measured down from the top of the
// page, from shared/legal/sf95-and-ftca-notes.md sections 1.2 and 2.5
// (measured from the drawn rules and field rectangles of the Rev. 2/2007
// form). Golden tests check the drawn rules against these numbers.

// rect is a rectangle: left, top, right, bottom.
type rect struct{ x0, y0, x1, y1 float64 }

func (r rect) w() float64 { return r.x1 - r.x0 }
func (r rect) h() float64 { return r.y1 - r.y0 }

// inset shrinks a rectangle by d on every side.
func (r rect) inset(d float64) rect { return rect{r.x0 + d, r.y0 + d, r.x1 - d, r.y1 - d} }

// Page 1.
const (
	p1Left, p1Right = 18.7, 591.2
	p1Top, p1Bottom = 18.7, 727.5
	borderWidth     = 1.44
	ruleWidth       = 0.72
	checkWidth      = 0.5
	labelSize       = 7.0
	maxValueSize    = 10.0
	minValueSize    = 7.0
	labelInsetX     = 2.5
	labelInsetTop   = 1.6
	valueInset      = 1.5
)

// p1Rows are the horizontal rules of page 1 (row tops, then the bottom).
var p1Rows = []float64{18.7, 67.7, 144.3, 171.6, 272.2, 289.4, 322.4, 371.5, 388.6, 461.8, 479.0, 495.9, 553.0, 570.2, 611.2, 636.7, 669.7, 727.5}

// p1Cols are the vertical rules inside each row of page 1, by the row's
// top y.
var p1Cols = map[float64][]float64{
	18.7:  {229.4, 485.9},
	67.7:  {319.5},
	144.3: {143.9, 229.4, 319.5, 485.9},
	479.0: {229.5},
	495.9: {229.5},
	570.2: {143.9, 292.4, 422.9},
	636.7: {319.4, 496.6},
	669.7: {319.4},
}

// Fill areas: where values go (the form fields' rectangles).
var (
	fill1      = rect{20.5, 76.9, 318.0, 144.0}
	fill2      = rect{321.0, 85.3, 589.3, 144.0}
	fill4      = rect{145.0, 152.3, 228.5, 171.2}
	fill5      = rect{230.5, 152.3, 318.5, 171.2}
	fill6      = rect{320.5, 152.3, 484.9, 171.2}
	fill7      = rect{487.0, 152.3, 589.8, 171.2}
	fill8      = rect{20.5, 188.5, 589.3, 271.9}
	fill9Owner = rect{20.5, 297.6, 589.3, 322.1}
	fill9Descr = rect{20.5, 342.4, 589.3, 371.2}
	fill10     = rect{20.5, 406.3, 589.3, 461.5}
	fill11Name = rect{20.5, 497.5, 228.0, 552.7}
	fill11Addr = rect{231.0, 497.5, 589.3, 552.7}
	fill12a    = rect{20.5, 582.1, 142.9, 610.9}
	fill12b    = rect{145.0, 582.1, 291.4, 610.9}
	fill12c    = rect{293.5, 582.1, 421.9, 610.9}
	fill12d    = rect{424.0, 587.0, 589.3, 610.9}
	fill13a    = rect{20.2, 645.1, 318.4, 669.4}
	fill13b    = rect{320.6, 645.1, 495.5, 669.4}
	fill14     = rect{497.8, 645.1, 589.7, 669.4}
)

// Box 3's check boxes, 10 x 10 pt, each before its word.
var (
	check3Military = rect{30.5, 158.2, 40.5, 168.2}
	check3Civilian = rect{89.5, 158.2, 99.5, 168.2}
	text3Military  = 44.3
	text3Civilian  = 102.9
)

// Page 2.
const (
	p2Left, p2Right = 19.6, 593.0
	p2Top, p2Bottom = 18.7, 752.2
	p2Mid           = 303.4 // the instructions' and notices' column rule
	p2Col17         = 450.1
)

var p2Rows = []float64{18.7, 37.0, 53.9, 119.1, 168.2, 233.3, 298.5, 624.4, 684.4, 752.2}

// Page 2 check boxes: items 15, 16 and 19, Yes then No.
var (
	check15Yes, check15No = rect{149.0, 56.2, 159.0, 66.2}, rect{551.8, 56.2, 561.8, 66.2}
	text15Yes, text15No   = 162.9, 567.6
	check16Yes, check16No = rect{383.8, 120.8, 393.8, 130.8}, rect{420.6, 120.8, 430.6, 130.8}
	text16Yes, text16No   = 397.6, 434.3
	check19Yes, check19No = rect{227.0, 235.5, 237.0, 245.5}, rect{563.8, 235.5, 573.8, 245.5}
	text19Yes, text19No   = 241.4, 576.7

	fill15 = rect{21.6, 67.6, 591.0, 118.7}
	fill16 = rect{21.6, 133.0, 448.1, 167.8}
	fill17 = rect{452.1, 133.0, 591.0, 167.8}
	fill18 = rect{21.6, 190.0, 591.0, 232.9}
	fill19 = rect{21.6, 246.8, 591.0, 297.7}
)
