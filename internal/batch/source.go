package batch

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"redress/internal/casefile"
)

// Records is where a batch's matters come from.
type Records interface {
	// Len is the number of records.
	Len() int
	// Load decodes record i.
	Load(i int) (*casefile.Source, error)
	// ID names record i in messages and the manifest: the roster row
	// ("roster.csv:12") or the case file.
	ID(i int) string
	// Row is record i's roster line (0 for a folder of case files).
	Row(i int) int
}

// Roster is a roster's rows laid over a base case file.
type Roster struct {
	Path string
	R    *casefile.Roster
}

func (r Roster) Len() int                             { return len(r.R.Rows) }
func (r Roster) Load(i int) (*casefile.Source, error) { return r.R.Case(i) }
func (r Roster) ID(i int) string                      { return fmt.Sprintf("%s:%d", r.Path, r.R.Rows[i].Line) }
func (r Roster) Row(i int) int                        { return r.R.Rows[i].Line }

// Folder is every case file (.yaml, .yml, .toml, .json) in a folder, in
// name order.
type Folder struct {
	Files []string
	Opts  casefile.Options
}

// ReadFolder lists the case files of dir.
func ReadFolder(dir string, opts casefile.Options) (Folder, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return Folder{}, err
	}
	var files []string
	for _, e := range entries {
		switch strings.ToLower(filepath.Ext(e.Name())) {
		case ".yaml", ".yml", ".toml", ".json":
			if !e.IsDir() {
				files = append(files, filepath.Join(dir, e.Name()))
			}
		}
	}
	sort.Strings(files)
	if len(files) == 0 {
		return Folder{}, fmt.Errorf("%s holds no case files (.yaml, .yml, .toml, .json)", dir)
	}
	return Folder{Files: files, Opts: opts}, nil
}

func (f Folder) Len() int                             { return len(f.Files) }
func (f Folder) Load(i int) (*casefile.Source, error) { return casefile.Load(f.Files[i], f.Opts) }
func (f Folder) ID(i int) string                      { return f.Files[i] }
func (f Folder) Row(i int) int                        { return 0 }
