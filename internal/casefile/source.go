package casefile

// Source is a loaded case file: the validated Case and where each key was
// found, so that later stages (an SF-95 that needs a sum certain, a
// complaint that needs a court) can point at the file too.
type Source struct {
	// Path is the file name as given by the user; for a roster row
	// (Roster.Case), the roster's.
	Path string
	// Case is the decoded, validated and NFC-normalised case.
	Case *Case
	// Warnings are problems that do not stop a document (for example a
	// language that has no letter yet).
	Warnings []Problem

	positions map[string]Pos
	env       map[string]Override // key path -> the variable that set it

	// For a roster row: the base file, which positions are in, the row,
	// and the key paths whose value the row set (nil otherwise). For a
	// case file, cells are the values the office's settings file laid
	// under it (office.go).
	file  string
	row   *rowInfo
	cells map[string]*cellRef
}

// Pos returns where the key path was found in the file, or the position
// of its nearest ancestor that was, or the zero Pos. For a roster row it
// is the position in the base case file; Problemf knows the roster too.
func (s *Source) Pos(path string) Pos {
	return lookupPos(s.positions, path)
}

// FromEnv returns the environment variable that set the key path
// (REDRESS_MATTER_AS_OF), or "" if the value is the file's.
func (s *Source) FromEnv(path string) string {
	return s.env[path].Var
}

// Overrides returns the environment variables that set a value of this
// case, in the order of the schema, so that the command line can say what
// the environment changed.
func (s *Source) Overrides() []Override {
	out := make([]Override, 0, len(s.env))
	for _, o := range s.env {
		out = append(out, o)
	}
	sortOverrides(out)
	return out
}

// Problemf returns a Problem at the key path's position, or, for a value
// set by an environment variable, against that variable.
func (s *Source) Problemf(path, format string, args ...any) Problem {
	if o, ok := s.env[path]; ok {
		return Problem{File: envFile, Path: path, Msg: o.Var + ": " + sprintf(format, args...)}
	}
	file := s.file
	if file == "" {
		file = s.Path
	}
	file, pos := locate(file, s.positions, s.cells, s.row, path)
	return Problem{File: file, Pos: pos, Path: path, Msg: sprintf(format, args...)}
}

// locate returns where a problem about the key path is reported. In a case
// file (row nil) that is where the key, or its nearest parent, was
// written in file. For a roster row it is, in order: the row and the
// cell's column, for a value the row gave; the base file's position, for
// a value the base gave; the row and the column, for a missing key the
// roster has a (blank) column for; else the nearest parent's place, where
// a mapping or list item the row created is the row without a column.
func locate(file string, positions map[string]Pos, cells map[string]*cellRef, row *rowInfo, path string) (string, Pos) {
	if row == nil {
		// A value the office's settings file laid under the file
		// (office.go) is a cell of that file: its own file and line.
		for p := path; p != ""; p = parentPath(p) {
			if c, ok := cells[p]; ok {
				return c.file, c.pos()
			}
			if pos, ok := positions[p]; ok {
				return file, pos
			}
		}
		return file, Pos{}
	}
	if c, ok := cells[path]; ok {
		return c.file, c.pos()
	}
	if pos, ok := positions[path]; ok {
		return file, pos
	}
	if col, ok := row.cols[path]; ok {
		return row.file, Pos{Line: row.line, Col: col}
	}
	for p := parentPath(path); p != ""; p = parentPath(p) {
		if c, ok := cells[p]; ok {
			return c.file, Pos{Line: c.line}
		}
		if pos, ok := positions[p]; ok {
			return file, pos
		}
	}
	return file, Pos{}
}

// lookupPos returns the position of a key path, or of its nearest
// ancestor that has one.
func lookupPos(positions map[string]Pos, path string) Pos {
	for p := path; p != ""; p = parentPath(p) {
		if pos, ok := positions[p]; ok {
			return pos
		}
	}
	return Pos{}
}

// parentPath drops the last element of a key path:
// "claimants[1].damages" -> "claimants[1]" -> "claimants" -> "".
func parentPath(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		switch p[i] {
		case '.':
			return p[:i]
		case '[':
			return p[:i]
		}
	}
	return ""
}
