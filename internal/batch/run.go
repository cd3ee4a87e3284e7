package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"redress/internal/assemble"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/doc"
	"redress/internal/drafts"
	"redress/internal/isolation"
	"redress/internal/letter"
	"redress/internal/output"
	"redress/internal/render/pdf"
)

// Options set up a run.
type Options struct {
	Doc     string // "letter" or "sf95"
	Formats []output.Format
	Out     string // the output folder; each matter gets a folder in it
	// AsOf, when set, overrides every case's matter.as_of; Today is used
	// for a case that has neither.
	AsOf, Today civil.Date
	Jobs        int
	Resume      bool
	Force       bool
	Combined    bool
	// Language, when set, is every letter's language instead of each
	// claimant's own (--language).
	Language string
	// Chunk is how many consecutive records share one PDF renderer (the
	// fonts are registered and subset once per chunk; see pdf.WriteEach).
	// A file's bytes depend on its chunk, so chunks are fixed by record
	// number, never by worker: 0 means 50.
	Chunk int
	// Progress receives progress reports (nil: none).
	Progress Progress
	// Errors receives each bad record's problems as they are found.
	Errors io.Writer
	// guard keeps every record's documents free of other clients' data;
	// Run builds it once the records are known (isolate.go).
	guard *isolation.Guard
	// unguarded, for tests only, drafts without the guard, to show that
	// the tests' own reading of the finished text sees a leak.
	unguarded bool
	// afterRecord, for tests, runs after each record is written.
	afterRecord func(done int)
}

// Summary is what a run did; the manifest in the output folder has the
// details.
type Summary struct {
	Records, Written, Skipped, Failed, Pending int
	Files                                      int
	// Triage holds, by warning kind (WarnPassed, ...), the rows with such
	// a deadline warning (see WriteTriage).
	Triage map[string]*Triage

	urgentRows, flaggedRows int // see RowsAtLeast
}

// ErrRecordsFailed is returned when some records failed and the rest
// were written.
var ErrRecordsFailed = errors.New("some records failed")

// plan is one record as the first phase found it.
type plan struct {
	matter    string
	claimants []string
	languages []string
	fallbacks []string // a claimant's language with no letter (letter.Fallback)
	slugs     []string
	// warnings are each claimant's deadline warnings on the record's as-of
	// date. They are found here, not when drafting, so that every entry
	// has them: also a record --resume skips (a deadline may have passed
	// since the last run), one that fails later, or one an interrupt
	// leaves pending.
	warnings [][]Warning
	// people are the record's own clients, for the guard that keeps them
	// out of every other record's documents (isolate.go).
	people []isolation.Person
	err    error
}

// entryWarnings is claimant c's warnings, or, for an entry that is the
// record itself (c < 0, or claimants that no longer match), every
// claimant's.
func (p plan) entryWarnings(c int) []Warning {
	if c >= 0 && c < len(p.warnings) {
		return p.warnings[c]
	}
	return mergeWarnings(p.warnings)
}

// Run drafts every record. It returns ErrRecordsFailed when some records
// failed, ctx's error when interrupted (the manifest then says what was
// done), or another error when nothing could run.
func Run(ctx context.Context, recs Records, eng *assemble.Engine, opt Options) (*Summary, error) {
	if opt.Jobs < 1 {
		opt.Jobs = runtime.NumCPU()
	}
	var prior map[string][]Entry
	if opt.Resume {
		m, err := ReadManifest(opt.Out)
		if err == nil {
			prior = map[string][]Entry{}
			for _, e := range m.Entries {
				prior[e.Record] = append(prior[e.Record], e)
			}
		}
	}

	plans := planAll(ctx, recs, eng, opt)
	assignSlugs(plans)
	if !opt.unguarded {
		opt.guard = newGuard(recs, plans)
	}
	n := recs.Len()
	sum := &Summary{Records: n}
	head := Manifest{Doc: opt.Doc}
	if !opt.AsOf.IsZero() {
		head.AsOf = opt.AsOf.String()
	}
	status := make([]string, n)
	seq, err := newSequencer(opt.Out, head, n, func(es []Entry) {
		sum.triage(es)
		st := es[0].Status
		for _, e := range es {
			if e.Status == StatusError {
				st = StatusError
			}
			sum.Files += len(e.Files)
		}
		switch st {
		case StatusOK:
			sum.Written++
		case StatusSkipped:
			sum.Skipped++
		case StatusError:
			sum.Failed++
		case StatusPending:
			sum.Pending++
		}
	})
	if err != nil {
		return nil, err
	}
	var mu sync.Mutex // guards seq, status and put
	put := make([]bool, n)
	var werr error
	record := func(i int, es []Entry) {
		mu.Lock()
		defer mu.Unlock()
		put[i], status[i] = true, es[0].Status
		for _, e := range es {
			if e.Status == StatusError {
				status[i] = StatusError
			}
		}
		if err := seq.put(i, es); err != nil && werr == nil {
			werr = err
		}
	}

	todo := make([]int, 0, n)
	for i, p := range plans {
		switch {
		case p.err != nil:
			reportErr(opt.Errors, recs.ID(i), p.err)
			record(i, []Entry{{Record: recs.ID(i), Row: recs.Row(i), Status: StatusError, Error: p.err.Error(), Files: []FileEntry{}}})
		case prior != nil && intact(opt.Out, prior[recs.ID(i)]):
			es := append([]Entry(nil), prior[recs.ID(i)]...)
			for k := range es {
				es[k].Status = StatusSkipped
				es[k].Warnings = plans[i].entryWarnings(k)
			}
			record(i, es)
		default:
			for _, w := range p.fallbacks {
				if opt.Errors != nil {
					fmt.Fprintf(opt.Errors, "warning: %s: %s\n", recs.ID(i), w)
				}
			}
			todo = append(todo, i)
		}
	}
	prior = nil

	if opt.Chunk < 1 {
		opt.Chunk = 50
	}
	isTodo := make([]bool, n)
	for _, i := range todo {
		isTodo[i] = true
	}
	// A chunk is the good records of a fixed range; it is rendered when
	// any of them is still to do. Records that --resume skips are drafted
	// again (so the chunk's fonts are the same as in an uninterrupted run)
	// but their files are not rewritten.
	var chunks [][]int
	for c := 0; c < n; c += opt.Chunk {
		var members []int
		need := false
		for i := c; i < min(c+opt.Chunk, n); i++ {
			if plans[i].err == nil {
				members = append(members, i)
				need = need || isTodo[i]
			}
		}
		if need {
			chunks = append(chunks, members)
		}
	}

	var done atomic.Int64
	if opt.Progress != nil {
		opt.Progress.Start(len(todo))
	}
	work := make(chan []int)
	var wg sync.WaitGroup
	for w := 0; w < opt.Jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for members := range work {
				res := renderChunk(recs, members, plans, eng, opt, isTodo)
				for _, i := range members {
					if !isTodo[i] {
						continue
					}
					record(i, res[i])
					d := done.Add(1)
					if opt.Progress != nil {
						opt.Progress.Done(int(d))
					}
					if opt.afterRecord != nil {
						opt.afterRecord(int(d))
					}
				}
			}
		}()
	}
feed:
	for _, c := range chunks {
		select {
		case <-ctx.Done():
			break feed
		case work <- c:
		}
	}
	close(work)
	wg.Wait()
	if opt.Progress != nil {
		opt.Progress.Finish()
	}
	for i := range put {
		if !put[i] {
			record(i, []Entry{{Record: recs.ID(i), Row: recs.Row(i), Matter: plans[i].matter, Status: StatusPending, Files: []FileEntry{},
				Warnings: plans[i].entryWarnings(-1)}})
		}
	}
	if werr != nil {
		seq.abort()
		return sum, werr
	}
	if err := seq.close(); err != nil {
		return sum, err
	}
	if opt.Combined && ctx.Err() == nil {
		if err := combined(recs, plans, status, eng, opt); err != nil {
			return sum, err
		}
	}
	switch {
	case ctx.Err() != nil:
		return sum, ctx.Err()
	case sum.Failed > 0:
		return sum, ErrRecordsFailed
	}
	return sum, nil
}

// planAll decodes every record on jobs workers and keeps what naming
// needs. A record that does not decode carries its problems.
func planAll(ctx context.Context, recs Records, eng *assemble.Engine, opt Options) []plan {
	jobs := opt.Jobs
	plans := make([]plan, recs.Len())
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(plans) || ctx.Err() != nil {
					return
				}
				src, err := recs.Load(i)
				if err != nil {
					plans[i].err = err
					continue
				}
				plans[i].matter = src.Case.Matter.ID
				plans[i].people = isolation.PeopleOf(src.Case)
				asOf := runAsOf(src.Case, opt)
				for c, cl := range src.Case.Claimants {
					plans[i].claimants = append(plans[i].claimants, cl.Name)
					plans[i].languages = append(plans[i].languages, letter.Language(eng, cl.Language, opt.Language))
					plans[i].warnings = append(plans[i].warnings, deadlineWarnings(src.Case, c, asOf))
					if w := letter.Fallback(eng, cl, opt.Language); w != "" && opt.Doc != "sf95" {
						plans[i].fallbacks = append(plans[i].fallbacks, w)
					}
				}
			}
		}()
	}
	wg.Wait()
	return plans
}

// assignSlugs gives every claimant a file-name part distinct within its
// matter's folder, in record order, so two clients whose names give the
// same slug get distinct files whatever the number of workers.
func assignSlugs(plans []plan) {
	used := map[string]map[string]bool{}
	for i := range plans {
		p := &plans[i]
		if p.err != nil {
			continue
		}
		u := used[p.matter]
		if u == nil {
			u = map[string]bool{}
			used[p.matter] = u
		}
		for _, name := range p.claimants {
			s := output.Slug(name)
			cand := s
			for k := 2; u[cand]; k++ {
				cand = s + "-" + strconv.Itoa(k)
			}
			u[cand] = true
			p.slugs = append(p.slugs, cand)
		}
	}
}

// drafted is one record's documents before rendering.
type drafted struct {
	matter string
	case_  *casefile.Case
	set    *drafts.Set
	err    error
}

// renderChunk drafts every record of a chunk, renders their PDFs together
// (pdf.WriteEach) and each DOCX alone, and writes the files of the records
// still to do. It returns each record's manifest entries.
func renderChunk(recs Records, members []int, plans []plan, eng *assemble.Engine, opt Options, write []bool) map[int][]Entry {
	out := map[int][]Entry{}
	fail := func(i int, err error) {
		reportErr(opt.Errors, recs.ID(i), err)
		out[i] = []Entry{{Record: recs.ID(i), Row: recs.Row(i), Matter: plans[i].matter, Status: StatusError, Error: err.Error(), Files: []FileEntry{},
			Warnings: plans[i].entryWarnings(-1)}}
	}
	ds := make(map[int]*drafted, len(members))
	var pdfDocs []*doc.Document
	for _, i := range members {
		d := draft(recs, i, plans[i], eng, opt)
		ds[i] = d
		if d.err != nil {
			fail(i, d.err)
			continue
		}
		if opt.Errors != nil {
			for _, w := range d.set.FileWarnings { // once per run and letterhead
				fmt.Fprintln(opt.Errors, "warning:", w)
			}
		}
		for _, n := range d.set.Docs {
			pdfDocs = append(pdfDocs, n.PDF)
		}
	}
	var pdfs [][]byte
	wantPDF := false
	for _, f := range opt.Formats {
		wantPDF = wantPDF || f.Name == "pdf"
	}
	if wantPDF && len(pdfDocs) > 0 {
		var err error
		if pdfs, err = pdf.WriteEach(pdfDocs); err != nil {
			for _, i := range members {
				if ds[i].err == nil {
					fail(i, err)
				}
			}
			return out
		}
	}
	k := 0
	for _, i := range members {
		d := ds[i]
		if d.err != nil {
			continue
		}
		var files []drafts.File
		var err error
		for _, n := range d.set.Docs {
			for _, f := range opt.Formats {
				data := []byte(nil)
				if f.Name == "pdf" {
					data = pdfs[k]
				} else {
					var buf bytes.Buffer
					if err = f.Write(&buf, n.For(f)); err != nil {
						break
					}
					data = buf.Bytes()
				}
				files = append(files, drafts.File{File: output.File{Name: n.Name + f.Ext, Data: data}, Claimant: n.Claimant})
			}
			k++
		}
		if err != nil {
			fail(i, err)
			continue
		}
		if !write[i] {
			continue // --resume skipped it: drafted for the chunk's fonts only
		}
		plain := make([]output.File, len(files))
		for j, f := range files {
			plain[j] = f.File
		}
		if err := output.WriteBatch(filepath.Join(opt.Out, d.matter), plain); err != nil {
			fail(i, err)
			continue
		}
		entries := make([]Entry, len(d.case_.Claimants))
		for c, cl := range d.case_.Claimants {
			lang := cl.Language
			if opt.Doc == "letter" {
				lang = plans[i].languages[c] // the letter's: --language, or English for a language without a letter
			}
			entries[c] = Entry{Record: recs.ID(i), Row: recs.Row(i), Matter: d.matter, Claimant: cl.Name,
				Language: lang, Status: StatusOK, Files: []FileEntry{}, Warnings: plans[i].entryWarnings(c)}
		}
		for _, f := range files {
			e := &entries[f.Claimant]
			e.Files = append(e.Files, fileEntry(filepath.Join(d.matter, f.Name), f.Data))
		}
		out[i] = entries
	}
	return out
}

// reportErr prints a record's error, each line naming the record: a
// problem at the record's own cell already starts with it
// ("roster.csv:12:3: ..."); one at the base file's line does not, and
// gets it in front ("roster.csv:12: base.yaml:40:3: ...").
func reportErr(w io.Writer, id string, err error) {
	if w == nil {
		return
	}
	for _, line := range strings.Split(err.Error(), "\n") {
		if strings.HasPrefix(line, id+":") || strings.HasPrefix(line, id+" ") || line == id {
			fmt.Fprintln(w, line)
		} else {
			fmt.Fprintf(w, "%s: %s\n", id, line)
		}
	}
}

// runAsOf is the date a record's documents are drafted as of: --as-of,
// else the case's matter.as_of, else today. The deadline warnings of the
// manifest use it too, so they agree with the letter.
func runAsOf(k *casefile.Case, opt Options) civil.Date {
	if !opt.AsOf.IsZero() {
		return opt.AsOf
	}
	if !k.Matter.AsOf.IsZero() {
		return k.Matter.AsOf
	}
	return opt.Today
}

// draft loads one record and drafts its documents, refusing a record
// whose case text or finished documents name another record's client or
// the base case's (isolate.go).
func draft(recs Records, i int, p plan, eng *assemble.Engine, opt Options) *drafted {
	src, err := recs.Load(i)
	if err != nil {
		return &drafted{err: err}
	}
	k := src.Case
	var scope *isolation.Scope
	if opt.guard != nil {
		scope = ownScope(opt.guard, k)
		if err := checkCase(src, scope); err != nil {
			return &drafted{matter: k.Matter.ID, err: err}
		}
	}
	asOf := runAsOf(k, opt)
	k.Matter.AsOf = asOf
	var set *drafts.Set
	switch opt.Doc {
	case "sf95":
		set, err = drafts.SF95Docs(eng, src, asOf, nil, p.slugs)
	default:
		set, err = drafts.LetterDocs(eng, k, asOf, p.slugs, letter.Options{Language: opt.Language})
	}
	if err == nil && scope != nil {
		err = checkDocs(set, scope)
	}
	return &drafted{matter: k.Matter.ID, case_: k, set: set, err: err}
}
