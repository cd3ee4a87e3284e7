package batch

import (
	"context"
	"testing"

	"redress/internal/assemble"
	"redress/internal/casefile"
	"redress/internal/drafts"
	"redress/internal/letter"
	"redress/templates"
)

// BenchmarkBatch100 drafts a 100-row roster (letters, PDF and DOCX) with
// the default workers; divide ns/op by 100 for a letter set.
func BenchmarkBatch100(b *testing.B) {
	recs := roster(b, 100, nil)
	for b.Loop() {
		if _, err := run(b, context.Background(), recs, b.TempDir(), 0, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBatch100Unguarded is BenchmarkBatch100 without the guard that
// keeps other clients' data out of each record (isolate.go): the
// difference is what the guard costs.
func BenchmarkBatch100Unguarded(b *testing.B) {
	recs := roster(b, 100, nil)
	for b.Loop() {
		if _, err := run(b, context.Background(), recs, b.TempDir(), 0, func(o *Options) { o.unguarded = true }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGuard1000 is the guard alone over 1,000 fictional rows: building
// it, and checking each record's case and drafted letter.
func BenchmarkGuard1000(b *testing.B) {
	recs := roster(b, 1000, nil)
	eng := assemble.New(templates.FS)
	opt := Options{Doc: "letter", AsOf: asOf, Jobs: 1}
	plans := planAll(context.Background(), recs, eng, opt)
	assignSlugs(plans)
	type record struct {
		src *casefile.Source
		set *drafts.Set
	}
	var rs []record
	for i := range plans {
		src, err := recs.Load(i)
		if err != nil {
			b.Fatal(err)
		}
		set, err := drafts.LetterDocs(eng, src.Case, asOf, plans[i].slugs, letter.Options{})
		if err != nil {
			b.Fatal(err)
		}
		rs = append(rs, record{src, set})
	}
	for b.Loop() {
		g := newGuard(recs, plans)
		for _, r := range rs {
			s := ownScope(g, r.src.Case)
			if err := checkCase(r.src, s); err != nil {
				b.Fatal(err)
			}
			if err := checkDocs(r.set, s); err != nil {
				b.Fatal(err)
			}
		}
	}
}
