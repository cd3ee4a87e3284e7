package batch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"

	"redress/internal/assemble"
	"redress/internal/civil"
	"redress/internal/drafts"
	"redress/internal/output"
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
	// Progress receives progress reports (nil: none).
	Progress Progress
	// Errors receives each bad record's problems as they are found.
	Errors io.Writer
	// afterRecord, for tests, runs after each record is written.
	afterRecord func(done int)
}

// Summary is what a run did.
type Summary struct {
	Records, Written, Skipped, Failed, Pending int
	Files                                      int
	Manifest                                   *Manifest
}

// ErrRecordsFailed is returned when some records failed and the rest
// were written.
var ErrRecordsFailed = errors.New("some records failed")

// plan is one record as the first phase found it.
type plan struct {
	matter    string
	claimants []string
	languages []string
	slugs     []string
	err       error
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

	plans := planAll(ctx, recs, opt.Jobs)
	assignSlugs(plans)
	n := recs.Len()
	entries := make([][]Entry, n)
	todo := make([]int, 0, n)
	for i, p := range plans {
		switch {
		case p.err != nil:
			entries[i] = []Entry{{Record: recs.ID(i), Row: recs.Row(i), Status: StatusError, Error: p.err.Error(), Files: []FileEntry{}}}
			if opt.Errors != nil {
				fmt.Fprintln(opt.Errors, p.err.Error())
			}
		case prior != nil && intact(opt.Out, prior[recs.ID(i)]):
			es := append([]Entry(nil), prior[recs.ID(i)]...)
			for k := range es {
				es[k].Status = StatusSkipped
			}
			entries[i] = es
		default:
			todo = append(todo, i)
		}
	}

	var done atomic.Int64
	if opt.Progress != nil {
		opt.Progress.Start(len(todo))
	}
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < opt.Jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				entries[i] = render(recs, i, plans[i], eng, opt)
				d := done.Add(1)
				if opt.Progress != nil {
					opt.Progress.Done(int(d))
				}
				if opt.afterRecord != nil {
					opt.afterRecord(int(d))
				}
			}
		}()
	}
feed:
	for _, i := range todo {
		select {
		case <-ctx.Done():
			break feed
		case work <- i:
		}
	}
	close(work)
	wg.Wait()
	if opt.Progress != nil {
		opt.Progress.Finish()
	}

	m := &Manifest{Doc: opt.Doc}
	if !opt.AsOf.IsZero() {
		m.AsOf = opt.AsOf.String()
	}
	sum := &Summary{Records: n, Manifest: m}
	for i := range entries {
		if entries[i] == nil {
			entries[i] = []Entry{{Record: recs.ID(i), Row: recs.Row(i), Matter: plans[i].matter, Status: StatusPending, Files: []FileEntry{}}}
		}
		st := entries[i][0].Status
		for _, e := range entries[i] {
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
		m.Entries = append(m.Entries, entries[i]...)
	}
	if err := m.Write(opt.Out); err != nil {
		return sum, err
	}
	if opt.Combined && ctx.Err() == nil {
		if err := combined(recs, plans, entries, eng, opt); err != nil {
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
func planAll(ctx context.Context, recs Records, jobs int) []plan {
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
				for _, c := range src.Case.Claimants {
					plans[i].claimants = append(plans[i].claimants, c.Name)
					plans[i].languages = append(plans[i].languages, c.Language)
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

// render drafts and writes one record.
func render(recs Records, i int, p plan, eng *assemble.Engine, opt Options) []Entry {
	fail := func(err error) []Entry {
		if opt.Errors != nil {
			fmt.Fprintf(opt.Errors, "%s: %v\n", recs.ID(i), err)
		}
		return []Entry{{Record: recs.ID(i), Row: recs.Row(i), Matter: p.matter, Status: StatusError, Error: err.Error(), Files: []FileEntry{}}}
	}
	src, err := recs.Load(i)
	if err != nil {
		return fail(err)
	}
	k := src.Case
	asOf := opt.AsOf
	if asOf.IsZero() {
		asOf = k.Matter.AsOf
	}
	if asOf.IsZero() {
		asOf = opt.Today
	}
	k.Matter.AsOf = asOf
	var res *drafts.Result
	switch opt.Doc {
	case "sf95":
		res, err = drafts.SF95(eng, src, asOf, opt.Formats, nil, p.slugs)
	default:
		res, err = drafts.Letters(eng, k, asOf, opt.Formats, p.slugs)
	}
	if err != nil {
		return fail(err)
	}
	dir := filepath.Join(opt.Out, k.Matter.ID)
	if err := output.WriteAll(dir, res.Plain(), true); err != nil {
		return fail(err)
	}
	entries := make([]Entry, len(k.Claimants))
	for c, cl := range k.Claimants {
		entries[c] = Entry{Record: recs.ID(i), Row: recs.Row(i), Matter: k.Matter.ID, Claimant: cl.Name,
			Language: cl.Language, Status: StatusOK, Files: []FileEntry{}}
	}
	for _, f := range res.Files {
		e := &entries[f.Claimant]
		e.Files = append(e.Files, fileEntry(filepath.Join(k.Matter.ID, f.Name), f.Data))
	}
	return entries
}
