package batch

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"redress/internal/output"
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

// Write writes manifest.json and manifest.csv into dir, each atomically.
func (m *Manifest) Write(dir string) error {
	js, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	var c bytes.Buffer
	w := csv.NewWriter(&c)
	w.Write([]string{"record", "row", "matter", "claimant", "language", "status", "error", "file", "sha256", "size"})
	for _, e := range m.Entries {
		row := ""
		if e.Row > 0 {
			row = strconv.Itoa(e.Row)
		}
		base := []string{e.Record, row, e.Matter, e.Claimant, e.Language, e.Status, strings.ReplaceAll(e.Error, "\n", "; ")}
		if len(e.Files) == 0 {
			w.Write(append(base, "", "", ""))
		}
		for _, f := range e.Files {
			w.Write(append(append([]string{}, base...), f.Path, f.SHA256, strconv.Itoa(f.Size)))
		}
	}
	w.Flush()
	return output.WriteAll(dir, []output.File{
		{Name: "manifest.json", Data: append(js, '\n')},
		{Name: "manifest.csv", Data: c.Bytes()},
	}, true)
}
