package output

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
)

// ErrExists is returned when a file exists and overwriting was not asked for.
var ErrExists = errors.New("file exists")

// File is one rendered file waiting to be written.
type File struct {
	Name string // base name, e.g. letter-maria-elena-torres.pdf
	Data []byte
}

// WriteAll writes files into dir, creating it if needed. It first checks
// every name (no separators, no ".."), and, unless force, that none
// exists, so a refused run writes nothing. Each file is written to a
// temporary file in dir, synced to disk, and renamed into place.
func WriteAll(dir string, files []File, force bool) error {
	return writeAll(dir, files, force, true)
}

// WriteBatch is WriteAll for a batch of thousands of files: each file is
// still written whole to a temporary name and renamed into place, so an
// interrupted run never leaves a partial file, but files are not synced
// to disk one by one (that costs more than drafting them); the batch's
// manifest, written last with WriteAll, is.
func WriteBatch(dir string, files []File) error {
	return writeAll(dir, files, true, false)
}

func writeAll(dir string, files []File, force, sync bool) error {
	for _, f := range files {
		if err := safeName(f.Name); err != nil {
			return err
		}
		if !force {
			if _, err := os.Lstat(filepath.Join(dir, f.Name)); err == nil {
				return fmt.Errorf("%s: %w (use --force to overwrite, or --out to write elsewhere)", filepath.Join(dir, f.Name), ErrExists)
			}
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if err := writeAtomic(filepath.Join(dir, f.Name), f.Data, sync); err != nil {
			return err
		}
	}
	return nil
}

// tmpSeq makes temporary names unique within the process; the process
// id makes them unique between processes.
var tmpSeq atomic.Uint64

func writeAtomic(path string, data []byte, sync bool) error {
	// The temporary file is created with the final permissions (no chmod
	// afterwards) and O_EXCL, beside the target so the rename is atomic.
	name := filepath.Join(filepath.Dir(path), fmt.Sprintf(".%s.%d-%d.tmp", filepath.Base(path), os.Getpid(), tmpSeq.Add(1)))
	tmp, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	if werr == nil && sync {
		werr = tmp.Sync()
	}
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(name, path)
	}
	if werr != nil {
		os.Remove(name)
		return fmt.Errorf("writing %s: %w", path, werr)
	}
	return nil
}

// safeName rejects a file name that could leave the output folder.
func safeName(name string) error {
	if name == "" || name == "." || name == ".." || strings.ContainsAny(name, `/\`) ||
		strings.ContainsRune(name, 0) || filepath.Base(name) != name {
		return fmt.Errorf("refusing unsafe output file name %q", name)
	}
	return nil
}
