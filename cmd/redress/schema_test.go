package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"redress/internal/casefile"
)

// 'redress schema' prints the schema of its own Go types, which is also
// the copy shipped in docs/.
func TestSchemaCommand(t *testing.T) {
	out := mustRun(t, "schema")
	if out != string(casefile.JSONSchema()) {
		t.Error("redress schema does not print casefile.JSONSchema()")
	}
	shipped, err := os.ReadFile("../../docs/case.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if out != string(shipped) {
		t.Error("redress schema differs from docs/case.schema.json: run 'go generate ./internal/casefile'")
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); err != nil || v["$schema"] != "http://json-schema.org/draft-07/schema#" {
		t.Errorf("not a draft-07 JSON Schema (%v): %.200s", err, out)
	}
	if _, errs, code := runCLI(t, "schema", "case.yaml"); code != exitUsage || !strings.Contains(errs, "schema takes no arguments") {
		t.Errorf("redress schema case.yaml: exit %d, want %d\n%s", code, exitUsage, errs)
	}
}

// 'redress init' writes the schema beside the case file and names it on
// the case file's first line, the way yaml-language-server reads it (a
// path relative to the YAML file); and the case file it writes is valid
// against the schema it writes.
func TestInitWritesTheSchemaBesideTheCase(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, "init", dir)
	data, err := os.ReadFile(filepath.Join(dir, "case.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(string(data), "\n")
	const prefix = "# yaml-language-server: $schema="
	if !strings.HasPrefix(first, prefix) {
		t.Fatalf("case.yaml's first line is %q, want %s...", first, prefix)
	}
	schemaPath := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(first, prefix)))
	schemaData, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatalf("the first line names %s, which init did not write: %v", schemaPath, err)
	}
	if !bytes.Equal(schemaData, casefile.JSONSchema()) {
		t.Errorf("%s is not the schema 'redress schema' prints", schemaPath)
	}

	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaData))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("file:///case.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("file:///case.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var tree any
	if err := yaml.Unmarshal(data, &tree); err != nil {
		t.Fatal(err)
	}
	j, _ := json.Marshal(tree)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(j))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("the schema rejects the case file init wrote: %v", err)
	}
	// A misspelled key, as a user might type it, is marked.
	bad := strings.Replace(string(data), "  date_of_birth:", "  date_of_brith:", 1)
	if bad == string(data) {
		t.Fatal("the init file has no date_of_birth key to misspell")
	}
	tree = nil
	if err := yaml.Unmarshal([]byte(bad), &tree); err != nil {
		t.Fatal(err)
	}
	j, _ = json.Marshal(tree)
	inst, _ = jsonschema.UnmarshalJSON(bytes.NewReader(j))
	if err := sch.Validate(inst); err == nil || !strings.Contains(err.Error(), "date_of_brith") {
		t.Errorf("the schema does not mark date_of_brith: %v", err)
	}
}

// init writes both files or neither: an existing schema file stops it
// before case.yaml is written, and --force overwrites both.
func TestInitExistingSchemaFile(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, casefile.SchemaFileName)
	if err := os.WriteFile(old, []byte("{}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs, code := runCLI(t, "init", dir); code != exitCantCreate || !strings.Contains(errs, casefile.SchemaFileName) {
		t.Errorf("init beside an existing %s: exit %d, want %d\n%s", casefile.SchemaFileName, code, exitCantCreate, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "case.yaml")); !os.IsNotExist(err) {
		t.Errorf("init wrote case.yaml although it refused: %v", err)
	}
	mustRun(t, "init", "--force", dir)
	if got, _ := os.ReadFile(old); !bytes.Equal(got, casefile.JSONSchema()) {
		t.Errorf("init --force left the old %s", casefile.SchemaFileName)
	}
}
