package casefile

import (
	"fmt"
	"sort"
	"strings"
)

// Pos is a position in a case file; Line and Col count from 1. A zero Pos
// means the format or the error gives no position (a key that is missing,
// say, is reported at its parent's position). In a roster (a CSV file),
// Line is the row's line and Col the number of the cell's column, or 0
// for a problem about the whole row.
type Pos struct {
	Line, Col int
}

// Problem is one data error in a case file, in compiler style:
//
//	case.yaml:12:5: claimants[0].damages.property: must not be negative (got "-5"); write an amount such as 1850.50
type Problem struct {
	File string
	Pos  Pos
	Path string // key path, e.g. claimants[1].damages.property
	Msg  string // what is wrong and what would be right
}

func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Pos.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Pos.Line)
		if p.Pos.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Pos.Col)
		}
	}
	b.WriteString(": ")
	if p.Path != "" {
		b.WriteString(p.Path)
		b.WriteString(": ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Problems is every data error found in one file. It is an error; the CLI
// maps it to the "invalid case data" exit code.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Sort orders problems by position, then by key path, so that reports read
// top to bottom like the file.
func (ps Problems) Sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		return a.Path < b.Path
	})
}
