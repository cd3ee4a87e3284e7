package casefile

// collector gathers the problems of one load. Every stage adds to it and
// none stops at the first problem, so that a user fixes a file in one pass
// rather than one error per run.
type collector struct {
	file  string
	lines *lineIndex // of the file's text, once read
	probs Problems
}

// at records a problem at a position in the file.
func (c *collector) at(pos Pos, path, format string, args ...any) {
	c.probs = append(c.probs, Problem{File: c.file, Pos: pos, Path: path, Msg: sprintf(format, args...)})
}

// on records a problem about a value: in the file at the value's
// position, for a value from the environment against the variable, and
// for a value from a roster row at the row (and the cell's column).
func (c *collector) on(n *node, path, format string, args ...any) {
	msg := sprintf(format, args...)
	if n != nil && n.cell != nil {
		c.probs = append(c.probs, Problem{File: n.cell.file, Pos: n.cell.pos(), Path: path, Msg: msg})
		return
	}
	if n != nil && n.env != "" {
		c.probs = append(c.probs, Problem{File: envFile, Path: path, Msg: n.env + ": " + msg})
		return
	}
	var pos Pos
	if n != nil {
		pos = n.pos
	}
	c.probs = append(c.probs, Problem{File: c.file, Pos: pos, Path: path, Msg: msg})
}
