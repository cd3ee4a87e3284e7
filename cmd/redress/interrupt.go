package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"redress/internal/output"
)

// Ctrl-C and SIGTERM. main turns them into a cancelled context, which
// batch checks between chunks of records, writing its manifest of what was
// done. The drafting commands do not look at it: loading, validating,
// laying out and rendering one case take well under a second once the
// case file's limits hold (internal/casefile/limits.go), and threading a
// context through every stage would not make them stop sooner than a
// watchdog does. So the watchdog is the rule: after an interrupt, a
// command has interruptGrace to return on its own, and then the process
// ends with exit 130, whatever it was doing, except writing files.
//
// Writing is the one thing not cut short: output.WriteAll writes each
// file to a temporary name and renames it into place, and a process ended
// between the two leaves the temporary file behind. writeFiles holds the
// watchdog off while it writes (a few files from memory, milliseconds).

// interruptGrace is how long a command has, after Ctrl-C or SIGTERM, to
// return on its own before the process is ended. It is below a second,
// the most an interrupt may take to end the process.
const interruptGrace = 750 * time.Millisecond

// drainGrace is the same for a command that stops itself and must write
// a record of what it did on the way out (batch, its manifest): it stops
// after the chunk of records in hand, and is ended only if that hangs.
const drainGrace = 30 * time.Second

// draining are the commands that stop themselves on an interrupt.
var draining = map[string]bool{"batch": true}

// writing is held while files are written: the watchdog takes it before
// it ends the process.
var writing sync.Mutex

// writeFiles is output.WriteAll for the commands: an interrupt that comes
// while files are written ends the process after the last of them.
func writeFiles(dir string, files []output.File, force bool) error {
	writing.Lock()
	defer writing.Unlock()
	return output.WriteAll(dir, files, force)
}

// watchInterrupt ends the process with exit 130 when the command named
// in args has not returned within its grace after ctx is cancelled (by
// Ctrl-C or SIGTERM). done is closed when the command returns.
func watchInterrupt(ctx context.Context, args []string, done <-chan struct{}, stderr io.Writer) {
	grace := interruptGrace
	if draining[commandOf(args)] {
		grace = drainGrace
	}
	select {
	case <-done:
		return
	case <-ctx.Done():
	}
	select {
	case <-done:
		return
	case <-time.After(grace):
	}
	writing.Lock()
	fmt.Fprintln(stderr, "redress: interrupted")
	os.Exit(exitInterrupted)
}

// commandOf returns the command named in the arguments: the first one
// after the program's name that is not a flag.
func commandOf(args []string) string {
	for _, a := range args[min(1, len(args)):] {
		if len(a) > 0 && a[0] != '-' {
			return a
		}
	}
	return ""
}
