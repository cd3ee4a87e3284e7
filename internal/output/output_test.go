package output

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"María Elena Torres": "maria-elena-torres",
		"Nguyễn Văn Ân":      "nguyen-van-an",
		"Đặng Thị Ánh":       "dang-thi-anh",
		"Zoë O'Brien":        "zoe-o-brien",
		"Smith & <Sons>":     "smith-sons",
		"../../etc/passwd":   "etc-passwd",
		"  ":                 "client",
		"李小龍":                "client",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
	got := Slugs([]string{"Ana Lee", "Ána Lee", "Ana  Lee", "Bo"})
	want := []string{"ana-lee", "ana-lee-2", "ana-lee-3", "bo"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Slugs()[%d] = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestWriteAllRefusesWithoutForce(t *testing.T) {
	dir := t.TempDir()
	if err := WriteAll(dir, []File{{"a.pdf", []byte("1")}}, false); err != nil {
		t.Fatal(err)
	}
	err := WriteAll(dir, []File{{"b.pdf", []byte("2")}, {"a.pdf", []byte("3")}}, false)
	if !errors.Is(err, ErrExists) {
		t.Fatalf("want ErrExists, got %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "b.pdf")); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("a refused run must write nothing, but b.pdf exists")
	}
	if err := WriteAll(dir, []File{{"a.pdf", []byte("3")}}, true); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "a.pdf")); string(b) != "3" {
		t.Fatalf("--force did not overwrite: %q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
	if err := WriteAll(dir, []File{{"../x.pdf", nil}}, true); err == nil {
		t.Fatal("a name with .. must be refused")
	}
}
