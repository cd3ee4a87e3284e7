package letterhead

import "fmt"

// Error is why a file cannot be used as a letterhead, in words for the
// person who made it. Its text follows the file's name:
//
//	letterhead.docx is a PDF, not a Word document; open it in ...
//
// so a caller reports name + " " + err.Error(), and the check when a
// case is loaded and the one when a document is drafted say the same.
type Error struct {
	Problem string // what is wrong, completing "<file> ..."
	Fix     string // what to do about it
}

func (e *Error) Error() string {
	if e.Fix == "" {
		return e.Problem
	}
	return e.Problem + "; " + e.Fix
}

// What to do, for the kinds of problem.
const (
	fixSaveAs  = "open it in Word or LibreOffice and save it as a Word document (.docx)"
	fixResave  = "open it in Word or LibreOffice, check its header and footer, and save it again as a Word document (.docx)"
	fixDamaged = "open it in Word (which offers to repair it) and save it again as a Word document (.docx)"
)

// wrongFile is an Error about what the file is.
func wrongFile(fix, format string, args ...any) error {
	return &Error{Problem: fmt.Sprintf(format, args...), Fix: fix}
}

// unusable is an Error about what the letterhead holds.
func unusable(format string, args ...any) error {
	return &Error{Problem: "cannot be used as a letterhead: " + fmt.Sprintf(format, args...), Fix: fixResave}
}
