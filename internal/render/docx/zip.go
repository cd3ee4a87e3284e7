package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io/fs"
	"slices"
	"time"
)

// zipEpoch is the modification time of every entry we zip: the earliest DOS
// date, so that identical input gives identical bytes (pandoc does the same).
var zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// contentTypes is the part that must come first in an Open Packaging
// Conventions zip, so that tools sniffing the package find it at once.
const contentTypes = "[Content_Types].xml"

// zipOrder sorts part names: [Content_Types].xml first, then by name.
func zipOrder(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == contentTypes:
		return -1
	case b == contentTypes:
		return 1
	case a < b:
		return -1
	default:
		return 1
	}
}

// zipFS packs every file of fsys into a deterministic zip: fixed times,
// deflate, and the order of zipOrder.
func zipFS(fsys fs.FS) ([]byte, error) {
	files := map[string][]byte{}
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, path)
		files[path] = b
		return err
	})
	if err != nil {
		return nil, err
	}
	return zipFiles(files)
}

// zipFiles packs named parts into a deterministic zip.
func zipFiles(files map[string][]byte) ([]byte, error) {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.SortFunc(names, zipOrder)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range names {
		if err := addEntry(zw, name, files[name], zip.Deflate); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// overlayZip copies the zip base, putting the bytes in parts in place of
// the entries of the same names. Unchanged entries are copied without
// recompressing them, and the new parts are stored uncompressed: this zip
// only feeds the library, whose Write deflates every entry again. Every
// name in parts must already be in base, so the content types and
// relationships of the base stay true.
func overlayZip(base []byte, parts map[string][]byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(base), int64(len(base)))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.Grow(len(base) * 2)
	zw := zip.NewWriter(&buf)
	seen := 0
	for _, f := range zr.File {
		if b, ok := parts[f.Name]; ok {
			seen++
			err = addEntry(zw, f.Name, b, zip.Store)
		} else {
			err = zw.Copy(f)
		}
		if err != nil {
			return nil, err
		}
	}
	if seen != len(parts) {
		return nil, fmt.Errorf("docx: base document lacks a part the writer generates")
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func addEntry(zw *zip.Writer, name string, b []byte, method uint16) error {
	w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: zipEpoch})
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}
