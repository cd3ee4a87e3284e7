package assemble

import (
	"io/fs"
	"slices"
	"testing"
	"testing/fstest"
)

func TestOverlay(t *testing.T) {
	builtin := fstest.MapFS{
		"counts/a.md":  {Data: []byte("built-in a")},
		"counts/b.md":  {Data: []byte("built-in b")},
		"letter/en.md": {Data: []byte("built-in letter")},
	}
	user := fstest.MapFS{
		"counts/b.md": {Data: []byte("office b")},
		"counts/c.md": {Data: []byte("office c")},
	}
	o := Overlay(user, builtin)
	for name, want := range map[string]string{"counts/a.md": "built-in a", "counts/b.md": "office b",
		"counts/c.md": "office c", "letter/en.md": "built-in letter"} {
		got, err := fs.ReadFile(o, name)
		if err != nil || string(got) != want {
			t.Errorf("%s = %q, %v; want %q", name, got, err, want)
		}
	}
	// A count the office adds sits beside the built-in ones.
	files, err := fs.Glob(o, "counts/*.md")
	if err != nil || !slices.Equal(files, []string{"counts/a.md", "counts/b.md", "counts/c.md"}) {
		t.Errorf("Glob = %v, %v", files, err)
	}
	if files, _ := fs.Glob(o, "letter/*.md"); !slices.Equal(files, []string{"letter/en.md"}) {
		t.Errorf("Glob of a folder only built in = %v", files)
	}
	if _, err := fs.ReadDir(o, "nowhere"); err == nil {
		t.Error("ReadDir of a missing folder: no error")
	}
}
