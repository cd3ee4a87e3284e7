package casefile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The fuzz targets feed LoadBytes arbitrary bytes: it must never panic
// (LoadBytes turns a panic into an internalError, which fails the target),
// and its result must be either a Case or a non-empty list of problems
// that each name the file.

func FuzzLoadYAML(f *testing.F) { fuzzLoad(f, "yaml") }
func FuzzLoadJSON(f *testing.F) { fuzzLoad(f, "json") }
func FuzzLoadTOML(f *testing.F) { fuzzLoad(f, "toml") }

func fuzzLoad(f *testing.F, format string) {
	seeds, _ := filepath.Glob("testdata/*." + format)
	more, _ := filepath.Glob("testdata/bad/*." + format)
	if format == "yaml" {
		alt, _ := filepath.Glob("testdata/bad/*.yml")
		more = append(more, alt...)
	}
	for _, p := range append(seeds, more...) {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(""))
	f.Add([]byte(strings.Repeat("[", 300)))
	f.Add([]byte(strings.Repeat("- ", 300) + "x"))
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := LoadBytes("fuzz."+format, data, format, Options{Env: fakeEnv(map[string]string{
			"REDRESS_MATTER_AS_OF": "2026-12-01",
		})})
		var ie *internalError
		if errors.As(err, &ie) {
			t.Fatalf("panic: %v", ie.cause)
		}
		if err == nil {
			if src == nil || src.Case == nil {
				t.Fatal("no error and no case")
			}
			return
		}
		var ps Problems
		if !errors.As(err, &ps) || len(ps) == 0 {
			t.Fatalf("error is not a non-empty Problems: %v", err)
		}
		for _, p := range ps {
			if p.File != "fuzz."+format && p.File != envFile || p.Msg == "" {
				t.Fatalf("bad problem %#v", p)
			}
		}
	})
}
