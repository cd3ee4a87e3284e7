package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The interrupt tests run the real binary: a signal, the exit code and
// the watchdog's os.Exit are the process's, not a function's.

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// redressBinary builds the command once for the tests that need a real
// process.
func redressBinary(t *testing.T) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("SIGTERM and FIFOs are POSIX")
	}
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "redress-bin")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "redress")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = errors.New(string(out))
		}
	})
	if binErr != nil {
		t.Fatalf("go build: %v", binErr)
	}
	return binPath
}

// interrupted starts redress with args, sends SIGTERM after delay, and
// returns the exit code, how long the process took to end after the
// signal, and its standard error. ok is false when the process ended
// before the signal could be sent.
func interrupted(t *testing.T, delay time.Duration, args ...string) (code int, took time.Duration, stderr string, ok bool) {
	t.Helper()
	cmd := exec.Command(redressBinary(t), args...)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ended := make(chan error, 1)
	go func() { ended <- cmd.Wait() }()
	select {
	case err := <-ended:
		t.Logf("ended before the signal: %v\n%s", err, errb.String())
		return cmd.ProcessState.ExitCode(), 0, errb.String(), false
	case <-time.After(delay):
	}
	sent := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ended:
		return cmd.ProcessState.ExitCode(), time.Since(sent), errb.String(), true
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		<-ended
		t.Fatalf("still running 10 s after SIGTERM\n%s", errb.String())
	}
	return
}

// A command stuck in work that never looks at the signal (here, reading
// a case file from a FIFO that no one writes) ends with exit 130 within
// a second of SIGTERM, by the watchdog.
func TestInterruptEndsStuckCommand(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.yaml")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	code, took, stderr, ok := interrupted(t, 300*time.Millisecond, "validate", path)
	if !ok {
		t.Fatalf("reading a FIFO no one writes ended by itself (exit %d)", code)
	}
	if code != exitInterrupted || took > 2*time.Second {
		t.Errorf("exit %d %v after SIGTERM, want %d within 2 s\n%s", code, took, exitInterrupted, stderr)
	}
	if !strings.Contains(stderr, "redress: interrupted") {
		t.Errorf("stderr does not say it was interrupted:\n%s", stderr)
	}
}

// A command busy drafting the largest case its limits allow (16 claimants,
// each SF-95 carrying 30,000 characters of facts) ends with exit 130
// within a second of SIGTERM, and leaves no file, whole or partial.
func TestInterruptEndsBusyCommand(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "case.yaml")
	if err := os.WriteFile(path, []byte(largestCase(16, 6)), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	code, took, stderr, ok := interrupted(t, 150*time.Millisecond, "sf95", path, "--out", out)
	if !ok {
		t.Skipf("drafting ended before the signal (exit %d): this machine is too fast for the test", code)
	}
	if code != exitInterrupted || took > 2*time.Second {
		t.Errorf("exit %d %v after SIGTERM, want %d within 2 s\n%s", code, took, exitInterrupted, stderr)
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("a temporary file was left: %s", e.Name())
		}
	}
	t.Logf("ended %v after SIGTERM; %d files in the output folder", took, len(entries))
}

// largestCase is a fictional case with n claimants and facts of 5,000
// characters each, within every limit of the case file.
func largestCase(claimants, facts int) string {
	var b strings.Builder
	b.WriteString("schema: 1\nmatter: {id: LARGE-1, as_of: 2026-11-27}\n")
	b.WriteString(`firm: {name: Example Clinic, address: {street: 1 Main St., city: Chicago, state: IL, zip: "60601"}, attorneys: [{name: Ana Example, bar: IL 1}]}` + "\n")
	b.WriteString("claimants:\n")
	for i := 0; i < claimants; i++ {
		b.WriteString(`  - {name: "Client ` + itoa(i+1) + ` Example", address: {street: 1 Main St., city: Chicago, state: IL, zip: "60601"}, damages: {personal_injury: 1000}}` + "\n")
	}
	b.WriteString("incident:\n  date: 2025-03-14\n  place: Chicago, Illinois\n  state: IL\n  agency: ICE\n  facts:\n")
	fact := strings.Repeat("Officers held the client in a gray vehicle for hours. ", 100)[:4999]
	for i := 0; i < facts; i++ {
		b.WriteString("    - " + fact + "\n")
	}
	b.WriteString("court: {district: Northern District of Illinois}\ncomplaint: {counts: [bivens_excessive_force]}\n")
	return b.String()
}
