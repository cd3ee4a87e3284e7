package main

import (
	"fmt"
	"strconv"

	"redress/internal/casefile"
)

func fmtSscanf(s string, y, m, d *int) (int, error) { return fmt.Sscanf(s, "%d-%d-%d", y, m, d) }

func itoa(n int) string { return strconv.Itoa(n) }

func loadForTest(path string) (*casefile.Source, error) {
	return casefile.Load(path, casefile.Options{})
}
