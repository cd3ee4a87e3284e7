// Package settings resolves an office's settings: what redress uses where
// neither the case file nor the command line says otherwise.
//
// Its place in the pipeline: first, before a case file is read. The
// commands take from it the templates folder, the output folder, the
// formats and the language of a claimant the case file gives none, and
// hand its Defaults (the office's firm and court blocks) to casefile,
// which lays them under every case file it loads (casefile/office.go).
//
// Four layers, each later one winning key by key: the built-in defaults,
// the office settings file, the REDRESS_* environment variables, and the
// flags (keys.go). The settings file is the first redress.yaml found in
// the working folder, then in each of its parents up to the root, then in
// the user's config folder (find.go). Only that one is read: two files
// are never mixed, so what a folder's file says is all the office says
// there (a firm block from one file and a phone from another would be the
// danger casefile/office.go describes).
//
// The layering is viper's: a fresh instance per resolution (never the
// global one, which is shared and not safe for concurrent use), with the
// built-ins as its defaults, the settings file's values as its config,
// the environment bound as its flag layer and the flags set as its
// overrides, which is viper's own order of precedence. viper does not
// read the file or the environment itself. The file is read by
// casefile.ReadOffice, which keeps every key's line, refuses an unknown
// key with the one that was meant, and checks the firm and court blocks
// by the case file's rules; viper's own reading would fold the case of
// keys, let unknown keys through and lose the lines. The environment is
// read through the lookup the caller passes, so that tests never see the
// real user's variables (viper's environment layer reads the process
// environment directly). Every value keeps where it came from (Origin),
// which 'redress config' prints.
package settings
