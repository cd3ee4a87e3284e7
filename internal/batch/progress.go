package batch

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Progress is told how a run advances.
type Progress interface {
	Start(total int)
	Done(n int)
	Finish()
}

// NewProgress reports to w: a bar redrawn in place when w is a terminal
// (done/total, rate, time left), else a plain line every few seconds.
func NewProgress(w io.Writer, terminal bool) Progress {
	return &progress{w: w, terminal: terminal, every: 5 * time.Second}
}

type progress struct {
	w        io.Writer
	terminal bool
	every    time.Duration

	mu    sync.Mutex
	total int
	start time.Time
	last  time.Time
	n     int
}

func (p *progress) Start(total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total, p.start, p.last = total, time.Now(), time.Now()
	if p.terminal {
		p.draw()
	}
}

func (p *progress) Done(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n = max(p.n, n)
	gap := p.every
	if p.terminal {
		gap = 100 * time.Millisecond
	}
	if time.Since(p.last) >= gap {
		p.last = time.Now()
		p.draw()
	}
}

func (p *progress) Finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw()
	if p.terminal {
		fmt.Fprintln(p.w)
	}
}

func (p *progress) draw() {
	el := time.Since(p.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(p.n) / el
	}
	left := "?"
	if rate > 0 {
		left = (time.Duration(float64(p.total-p.n)/rate) * time.Second).Round(time.Second).String()
	}
	if !p.terminal {
		fmt.Fprintf(p.w, "redress batch: %d/%d records, %.1f/s, %s left\n", p.n, p.total, rate, left)
		return
	}
	const width = 30
	fill := 0
	if p.total > 0 {
		fill = width * p.n / p.total
	}
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d  %.1f/s  %s left ", strings.Repeat("#", fill), strings.Repeat(" ", width-fill), p.n, p.total, rate, left)
}
