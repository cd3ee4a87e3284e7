//go:build ignore

// genschema writes docs/case.schema.json, the copy of the case file's JSON
// Schema shipped with the documentation, from casefile.JSONSchema: run it
// with 'go generate ./internal/casefile' after changing Case. The test
// TestSchemaFileIsCurrent fails while the copy differs.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"redress/internal/casefile"
	"redress/internal/output"
)

func main() {
	dir := filepath.Join("..", "..", "docs")
	// WriteAll writes a temporary file and renames it: an interrupted
	// run leaves the old copy, never half of a new one.
	if err := output.WriteAll(dir, []output.File{{Name: casefile.SchemaFileName, Data: casefile.JSONSchema()}}, true); err != nil {
		fmt.Fprintln(os.Stderr, "genschema:", err)
		os.Exit(1)
	}
}
