package settings

import (
	"os"
	"path/filepath"
)

// FileName is the name of an office settings file.
const FileName = "redress.yaml"

// Find returns the settings files there are, nearest first: FileName in
// workDir, then in each of its parents up to the root, then in
// configDir/redress (configDir is the user's config folder,
// os.UserConfigDir: $XDG_CONFIG_HOME or ~/.config on Linux and the BSDs,
// ~/Library/Application Support on macOS, %AppData% on Windows). The
// first is the one read. An empty workDir or configDir is not searched.
//
// A file in the working folder or a parent is named relative to workDir
// as given ("redress.yaml", "../redress.yaml" for workDir "."), so that
// messages name it as the user would; the config folder's is named in
// full. Something named redress.yaml that is not a regular file (a
// folder) is not a settings file and is passed over.
func Find(workDir, configDir string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		abs, err := filepath.Abs(name)
		if err != nil || seen[abs] {
			return
		}
		if st, err := os.Stat(name); err == nil && st.Mode().IsRegular() {
			seen[abs] = true
			out = append(out, name)
		}
	}
	if workDir != "" {
		if start, err := filepath.Abs(workDir); err == nil {
			for dir := start; ; dir = filepath.Dir(dir) {
				rel, err := filepath.Rel(start, dir)
				if err != nil {
					break
				}
				add(filepath.Join(workDir, rel, FileName))
				if filepath.Dir(dir) == dir {
					break
				}
			}
		}
	}
	if configDir != "" {
		add(filepath.Join(configDir, "redress", FileName))
	}
	return out
}

// Searched describes where Find looks, for a message that no file was
// found.
func Searched(workDir, configDir string) string {
	var where string
	if workDir != "" {
		where = workDir + " and its parents"
	}
	if configDir != "" {
		if where != "" {
			where += ", then "
		}
		where += filepath.Join(configDir, "redress")
	}
	if where == "" {
		return "nowhere"
	}
	return where
}
