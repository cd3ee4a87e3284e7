package batch

import (
	"bufio"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Status of a manifest entry.
const (
	StatusOK      = "ok"      // the files were written
	StatusSkipped = "skipped" // --resume found them written and intact
	StatusError   = "error"   // the record failed; nothing was written for it
	StatusPending = "pending" // the run was interrupted before this record
)

// FileEntry is one written file.
type FileEntry struct {
	Path   string `json:"path"` // relative to the output folder
	SHA256 string `json:"sha256"`
	Size   int    `json:"size"`
}

// Entry is one line of the manifest: one claimant of one record (or the
// record itself when it failed before its claimants were known).
type Entry struct {
	Record   string      `json:"record"` // roster row or case file
	Row      int         `json:"row,omitempty"`
	Matter   string      `json:"matter,omitempty"`
	Claimant string      `json:"claimant,omitempty"`
	Language string      `json:"language,omitempty"`
	Files    []FileEntry `json:"files"`
	Status   string      `json:"status"`
	Error    string      `json:"error,omitempty"`
	// Warnings are the claimant's passed and coming deadlines on the
	// run's as-of date (triage.go); a manifest written before they
	// existed reads as none.
	Warnings []Warning `json:"warnings"`
}

// Manifest is the record of a run.
type Manifest struct {
	Doc     string  `json:"doc"`
	AsOf    string  `json:"as_of,omitempty"`
	Entries []Entry `json:"entries"`
}

func fileEntry(rel string, data []byte) FileEntry {
	sum := sha256.Sum256(data)
	return FileEntry{Path: filepath.ToSlash(rel), SHA256: hex.EncodeToString(sum[:]), Size: len(data)}
}

// intact reports whether every file of the entries exists in dir with its
// recorded hash.
func intact(dir string, es []Entry) bool {
	for _, e := range es {
		if e.Status != StatusOK && e.Status != StatusSkipped {
			return false
		}
		for _, f := range e.Files {
			data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
			if err != nil || len(data) != f.Size {
				return false
			}
			sum := sha256.Sum256(data)
			if hex.EncodeToString(sum[:]) != f.SHA256 {
				return false
			}
		}
	}
	return len(es) > 0
}

// ReadManifest reads dir/manifest.json (os.ErrNotExist when there is none).
func ReadManifest(dir string) (*Manifest, error) {
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, errors.New(filepath.Join(dir, "manifest.json") + ": not a redress manifest: " + err.Error())
	}
	return &m, nil
}

// sequencer writes the manifest as records finish, in record order:
// entries wait in memory only until every record before them is done, so
// a run of ten thousand rows does not hold ten thousand entries. Both
// files are written to temporary names and renamed into place by close,
// which also runs after an interrupt.
type sequencer struct {
	dir              string
	json, csv        *os.File
	jw, cw           *bufio.Writer
	csvw             *csv.Writer
	next, n          int
	pending          map[int][]Entry
	first            bool
	onEntry          func([]Entry)
	jsonPath, csvTmp string
}

func newSequencer(dir string, m Manifest, n int, onEntry func([]Entry)) (*sequencer, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	s := &sequencer{dir: dir, n: n, pending: map[int][]Entry{}, first: true, onEntry: onEntry}
	var err error
	if s.json, err = os.CreateTemp(dir, ".manifest.json.*.tmp"); err != nil {
		return nil, err
	}
	if s.csv, err = os.CreateTemp(dir, ".manifest.csv.*.tmp"); err != nil {
		s.json.Close()
		os.Remove(s.json.Name())
		return nil, err
	}
	s.jw, s.cw = bufio.NewWriterSize(s.json, 64<<10), bufio.NewWriterSize(s.csv, 64<<10)
	s.csvw = csv.NewWriter(s.cw)
	head, _ := json.Marshal(m.Doc)
	fmt.Fprintf(s.jw, "{\n  \"doc\": %s,\n", head)
	if m.AsOf != "" {
		fmt.Fprintf(s.jw, "  \"as_of\": %q,\n", m.AsOf)
	}
	s.jw.WriteString("  \"entries\": [")
	s.csvw.Write(csvHeader)
	return s, nil
}

// put records record i's entries; they are written once every record
// before i is.
func (s *sequencer) put(i int, es []Entry) error {
	s.pending[i] = es
	for {
		es, ok := s.pending[s.next]
		if !ok {
			return nil
		}
		delete(s.pending, s.next)
		s.next++
		if s.onEntry != nil {
			s.onEntry(es)
		}
		for _, e := range es {
			if err := s.write(e); err != nil {
				return err
			}
		}
	}
}

// csvHeader is manifest.csv's first line. worst and warnings came last,
// after the columns scripts already read by position.
var csvHeader = []string{"record", "row", "matter", "claimant", "language", "status", "error", "file", "sha256", "size", "worst", "warnings"}

func (s *sequencer) write(e Entry) error {
	if e.Warnings == nil {
		e.Warnings = []Warning{}
	}
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	if !s.first {
		s.jw.WriteByte(',')
	}
	s.first = false
	s.jw.WriteString("\n    ")
	s.jw.Write(b)
	row := ""
	if e.Row > 0 {
		row = strconv.Itoa(e.Row)
	}
	base := []string{e.Record, row, e.Matter, e.Claimant, e.Language, e.Status, strings.ReplaceAll(e.Error, "\n", "; ")}
	tail := []string{worst(e.Warnings), warningsCell(e.Warnings)}
	if len(e.Files) == 0 {
		return s.csvw.Write(spreadsheetSafe(slices.Concat(base, []string{"", "", ""}, tail)))
	}
	for _, f := range e.Files {
		if err := s.csvw.Write(spreadsheetSafe(slices.Concat(base, []string{f.Path, f.SHA256, strconv.Itoa(f.Size)}, tail))); err != nil {
			return err
		}
	}
	return nil
}

// spreadsheetSafe makes every cell of a manifest.csv row inert in a
// spreadsheet. Excel, LibreOffice and Google Sheets run a cell that begins
// with =, +, - or @ as a formula, and some strip a leading tab or carriage
// return first; a client's name or an error message is text the office
// did not write (=HYPERLINK(...) in a roster would become a live link).
// Such a cell gets a leading single quote, which spreadsheets read as
// "text" and hide. manifest.json keeps the true values.
func spreadsheetSafe(cells []string) []string {
	for i, c := range cells {
		if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
			cells[i] = "'" + c
		}
	}
	return cells
}

// close ends both files and renames them into place.
func (s *sequencer) close() error {
	s.jw.WriteString("\n  ]\n}\n")
	s.csvw.Flush()
	err := errors.Join(s.jw.Flush(), s.csvw.Error(), s.cw.Flush(), s.json.Sync(), s.csv.Sync(), s.json.Close(), s.csv.Close())
	for _, f := range []struct{ tmp, name string }{{s.json.Name(), "manifest.json"}, {s.csv.Name(), "manifest.csv"}} {
		if err == nil {
			err = os.Chmod(f.tmp, 0o644)
		}
		if err == nil {
			err = os.Rename(f.tmp, filepath.Join(s.dir, f.name))
		}
		if err != nil {
			os.Remove(f.tmp)
		}
	}
	return err
}

// abort removes the temporary files.
func (s *sequencer) abort() {
	s.json.Close()
	s.csv.Close()
	os.Remove(s.json.Name())
	os.Remove(s.csv.Name())
}
