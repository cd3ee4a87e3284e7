package casefile

// Source is a loaded case file: the validated Case and where each key was
// found, so that later stages (an SF-95 that needs a sum certain, a
// complaint that needs a court) can point at the file too.
type Source struct {
	// Path is the file name as given by the user.
	Path string
	// Case is the decoded, validated and NFC-normalised case.
	Case *Case
	// Warnings are problems that do not stop a document (for example a
	// language that has no letter yet).
	Warnings []Problem

	positions map[string]Pos
	env       map[string]string // key path -> the variable that set it
}

// Pos returns where the key path was found in the file, or the position
// of its nearest ancestor that was, or the zero Pos.
func (s *Source) Pos(path string) Pos {
	return lookupPos(s.positions, path)
}

// FromEnv returns the environment variable that set the key path
// (REDRESS_MATTER_AS_OF), or "" if the value is the file's.
func (s *Source) FromEnv(path string) string {
	return s.env[path]
}

// Problemf returns a Problem at the key path's position, or, for a value
// set by an environment variable, against that variable.
func (s *Source) Problemf(path, format string, args ...any) Problem {
	if name := s.env[path]; name != "" {
		return Problem{File: envFile, Path: path, Msg: name + ": " + sprintf(format, args...)}
	}
	return Problem{File: s.Path, Pos: s.Pos(path), Path: path, Msg: sprintf(format, args...)}
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
