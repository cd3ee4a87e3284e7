package casefile

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestLineIndex checks positions against a count made by hand, character
// by character, on text with long lines, multi-byte characters and
// characters that straddle the index's checkpoints.
func TestLineIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "é", "ễ", "😀", "\n", "שרה", " ", strings.Repeat("x", 700)}
	var b strings.Builder
	for b.Len() < 20000 {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	data := []byte(b.String())
	li := newLineIndex(data)
	line, col := 1, 1
	for off := 0; off < len(data); {
		r, size := utf8.DecodeRune(data[off:])
		if got := li.pos(off); got != (Pos{line, col}) {
			t.Fatalf("pos(%d) = %v, want %d:%d", off, got, line, col)
		}
		if got := li.offset(Pos{line, col}); got != off {
			t.Fatalf("offset(%d:%d) = %d, want %d", line, col, got, off)
		}
		off += size
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	if end := strings.IndexByte(b.String(), '\n'); end < 0 {
		t.Fatal("the text has one line")
	} else if got := li.offset(Pos{1, 1 << 30}); got != end {
		t.Errorf("a column past the end of line 1 gives offset %d, not the line's end %d", got, end)
	}
}

// TestLineIndexLongLine: a file of one long line (JSON as programs write
// it) asks for a position per value; that must not cost the square of the
// line's length (a 1 MiB line took minutes).
func TestLineIndexLongLine(t *testing.T) {
	data := []byte(strings.Repeat(`"é",`, 1<<18))
	start := time.Now()
	li := newLineIndex(data)
	for off := 0; off < len(data); off += 5 {
		li.pos(off)
	}
	if d := time.Since(start); d > raceSlowdown*2*time.Second {
		t.Errorf("%d positions on one line of %d bytes took %v", len(data)/5, len(data), d)
	}
}
