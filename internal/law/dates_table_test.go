package law

import (
	"maps"
	"strconv"
	"testing"

	"redress/internal/casefile"
	"redress/internal/civil"
)

// TestDates is the table of dated cases: every expected date below was
// worked out by hand (weekdays checked with a calendar), never by the code
// under test. The rules, as the law package states them:
//
//   - a deadline is the same calendar day N months or years later, or the
//     last day of the month where that day does not exist;
//   - a first permitted day (deemed denial, end of reconsideration) is the
//     day after the period ends, and a period that would end on a missing
//     day ends on the 1st of the next month.
//
// Each case lists EVERY deadline Compute must return ("date status"), so a
// row that should be absent (a late claim's "may sue from") fails the test
// if present; "unknown" is an Undetermined deadline with no date. lim is
// the borrowed period "years" or "years/longer years" and its confidence;
// open, when given, is each deadline's next day the clerk's office is open
// (a deadline not named there must fall on an open day).
func TestDates(t *testing.T) {
	type own = casefile.ClaimantFTCA
	for _, tc := range []struct {
		name                              string
		state, incident, accrued, asOf    string
		presented, amended, denied, recon string
		second                            *ownDates // a second claimant, computed instead of the first
		want                              map[DeadlineKind]string
		lim, conf                         string
		open                              map[DeadlineKind]string
	}{
		// Rule 1: presentment = accrual + 2 years; Bivens (IL, 2 years)
		// from the incident. 2027-03-14 is a Sunday: Monday the 15th is open.
		{name: "rule 1: incident + 2 years, on a Sunday", state: "IL", incident: "2025-03-14", asOf: "2025-04-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-03-14 open", BivensLimitations: "2027-03-14 open"},
			lim:  "2", conf: "HIGH",
			open: map[DeadlineKind]string{FTCAPresentment: "2027-03-15", BivensLimitations: "2027-03-15"}},
		// Leap day + 2 years: 2026-02-29 does not exist -> Feb 28 (a
		// Saturday); Monday March 2 is the next open day.
		{name: "rule 1 and 5: Feb 29 + 2 years -> Feb 28", state: "IL", incident: "2024-02-29", asOf: "2025-01-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-02-28 open", BivensLimitations: "2026-02-28 open"},
			lim:  "2", conf: "HIGH",
			open: map[DeadlineKind]string{FTCAPresentment: "2026-03-02", BivensLimitations: "2026-03-02"}},
		// accrued_on moves the FTCA clock, not the Bivens one.
		{name: "rule 1: accrued_on overrides the incident date", state: "IL", incident: "2025-01-05", accrued: "2025-03-10", asOf: "2025-04-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-03-10 open", BivensLimitations: "2027-01-05 open"},
			lim:  "2", conf: "HIGH"},
		// Received on the last day: met. Deemed denial: 2025-05-01 + 6
		// months = 2025-11-01, so suit from 2025-11-02.
		{name: "rule 1: received on the last day is in time", state: "IL", incident: "2023-05-01", presented: "2025-05-01", asOf: "2025-06-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2025-05-01 met", FTCADeemedDenial: "2025-11-02 available", BivensLimitations: "2025-05-01 passed"},
			lim:  "2", conf: "HIGH"},
		// Rule 2, last paragraph: received a day late -> no "may sue from".
		{name: "rule 2: a late claim has no may-sue-from date", state: "IL", incident: "2023-05-01", presented: "2025-05-02", asOf: "2025-06-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2025-05-01 passed", BivensLimitations: "2025-05-01 passed"},
			lim:  "2", conf: "HIGH"},
		// A late claim that was denied still shows the suit deadline
		// (2025-09-15 + 6 months = 2026-03-15).
		{name: "rule 3: a late claim's denial still has its suit deadline", state: "IL", incident: "2023-05-01", presented: "2025-06-01", denied: "2025-09-15", asOf: "2025-10-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2025-05-01 passed", FTCASuit: "2026-03-15 open", BivensLimitations: "2025-05-01 passed"},
			lim:  "2", conf: "HIGH"},
		{name: "rule 1: never presented, deadline passed", state: "IL", incident: "2023-01-10", asOf: "2025-02-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2025-01-10 passed", BivensLimitations: "2025-01-10 passed"},
			lim:  "2", conf: "HIGH"},

		// Rule 2: the day after the six months.
		{name: "rule 2: README example, received 2025-09-02 -> 2026-03-03", state: "IL", incident: "2025-03-14", presented: "2025-09-02", asOf: "2025-11-27",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-03-14 met", FTCADeemedDenial: "2026-03-03 available", BivensLimitations: "2027-03-14 open"},
			lim:  "2", conf: "HIGH"},
		// 2025-08-31 + 6 months: Feb 31 does not exist, the period ends on
		// March 1, suit from March 2.
		{name: "rule 2: README example, received 2025-08-31 -> 2026-03-02", state: "IL", incident: "2025-03-14", presented: "2025-08-31", asOf: "2025-11-27",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-03-14 met", FTCADeemedDenial: "2026-03-02 available", BivensLimitations: "2027-03-14 open"},
			lim:  "2", conf: "HIGH"},
		// Sept 31 does not exist: ends Oct 1, suit from Oct 2.
		{name: "rule 2: received March 31 -> October 2", state: "IL", incident: "2025-06-01", presented: "2026-03-31", asOf: "2026-05-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-06-01 met", FTCADeemedDenial: "2026-10-02 available", BivensLimitations: "2027-06-01 open"},
			lim:  "2", conf: "HIGH"},
		{name: "rule 2: received Feb 28 -> Aug 29", state: "IL", incident: "2024-10-01", presented: "2025-02-28", asOf: "2025-03-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-10-01 met", FTCADeemedDenial: "2025-08-29 available", BivensLimitations: "2026-10-01 open"},
			lim:  "2", conf: "HIGH"},
		// + 6 months into a leap February: Feb 31 is missing even in 2024
		// (Feb 29 exists, but is not the 31st): ends March 1, from March 2.
		{name: "rule 2: Aug 31 + 6 months in a leap year -> March 2", state: "IL", incident: "2023-06-01", presented: "2023-08-31", asOf: "2023-09-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2025-06-01 met", FTCADeemedDenial: "2024-03-02 available", BivensLimitations: "2025-06-01 open"},
			lim:  "2", conf: "HIGH"},
		// Aug 29 + 6 months = Feb 29, 2024, which exists: from March 1.
		{name: "rule 2: Aug 29 + 6 months = leap day, suit from March 1", state: "IL", incident: "2023-06-01", presented: "2023-08-29", asOf: "2023-09-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2025-06-01 met", FTCADeemedDenial: "2024-03-01 available", BivensLimitations: "2025-06-01 open"},
			lim:  "2", conf: "HIGH"},
		// Aug 29 + 6 months = Feb 29, 2025, which does not exist: ends
		// March 1, from March 2.
		{name: "rule 2: Aug 29 + 6 months in a common year -> March 2", state: "IL", incident: "2024-06-01", presented: "2024-08-29", asOf: "2024-09-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-06-01 met", FTCADeemedDenial: "2025-03-02 available", BivensLimitations: "2026-06-01 open"},
			lim:  "2", conf: "HIGH"},
		// Feb 29 + 6 months = Aug 29: from Aug 30.
		{name: "rule 2: received on Feb 29 -> Aug 30", state: "IL", incident: "2024-01-15", presented: "2024-02-29", asOf: "2024-03-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-01-15 met", FTCADeemedDenial: "2024-08-30 available", BivensLimitations: "2026-01-15 open"},
			lim:  "2", conf: "HIGH"},
		// June 31 does not exist: ends July 1, from July 2.
		{name: "rule 2: received Dec 31 -> July 2", state: "IL", incident: "2025-06-01", presented: "2025-12-31", asOf: "2026-01-05",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-06-01 met", FTCADeemedDenial: "2026-07-02 available", BivensLimitations: "2027-06-01 open"},
			lim:  "2", conf: "HIGH"},
		{name: "rule 2: across the new year, July 15 -> Jan 16", state: "IL", incident: "2025-06-01", presented: "2025-07-15", asOf: "2025-08-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-06-01 met", FTCADeemedDenial: "2026-01-16 available", BivensLimitations: "2027-06-01 open"},
			lim:  "2", conf: "HIGH"},

		// Rule 2, amendment (28 C.F.R. § 14.2(c)): six months from the later date.
		{name: "rule 2: amendment restarts the six months (Nov 30 -> May 31)", state: "IL", incident: "2025-03-14", presented: "2025-09-02", amended: "2025-11-30", asOf: "2025-12-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-03-14 met", FTCADeemedDenial: "2026-05-31 available", BivensLimitations: "2027-03-14 open"},
			lim:  "2", conf: "HIGH"},
		{name: "rule 2: amended on Aug 31 -> March 2", state: "IL", incident: "2025-03-14", presented: "2025-06-10", amended: "2025-08-31", asOf: "2025-09-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-03-14 met", FTCADeemedDenial: "2026-03-02 available", BivensLimitations: "2027-03-14 open"},
			lim:  "2", conf: "HIGH"},
		{name: "rule 2: amended the day it was received", state: "IL", incident: "2025-03-14", presented: "2025-09-02", amended: "2025-09-02", asOf: "2025-09-03",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-03-14 met", FTCADeemedDenial: "2026-03-03 available", BivensLimitations: "2027-03-14 open"},
			lim:  "2", conf: "HIGH"},
		// A denial after the amendment is the final action: suit by
		// 2025-07-10 + 6 months = 2026-01-10 (a Saturday; Monday the 12th).
		{name: "rule 3: a denial after an amendment controls", state: "IL", incident: "2025-01-15", presented: "2025-03-01", amended: "2025-05-01", denied: "2025-07-10", asOf: "2025-08-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-01-15 met", FTCASuit: "2026-01-10 open", BivensLimitations: "2027-01-15 open"},
			lim:  "2", conf: "HIGH",
			open: map[DeadlineKind]string{FTCASuit: "2026-01-12"}},
		{name: "rule 2: amending a late claim gives no may-sue-from date", state: "IL", incident: "2023-01-10", presented: "2025-02-01", amended: "2025-03-01", asOf: "2025-04-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2025-01-10 passed", BivensLimitations: "2025-01-10 passed"},
			lim:  "2", conf: "HIGH"},

		// Rule 3: denial (mailing) + 6 months, a deadline: rounds DOWN.
		// 2026-02-28 is a Saturday: Monday March 2 is open.
		{name: "rule 3: denied Aug 31 -> Feb 28", state: "IL", incident: "2024-10-01", presented: "2025-02-01", denied: "2025-08-31", asOf: "2025-09-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-10-01 met", FTCASuit: "2026-02-28 open", BivensLimitations: "2026-10-01 open"},
			lim:  "2", conf: "HIGH",
			open: map[DeadlineKind]string{FTCASuit: "2026-03-02"}},
		{name: "rule 3: denied March 31 -> Sept 30", state: "IL", incident: "2024-10-01", presented: "2025-02-01", denied: "2026-03-31", asOf: "2026-04-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-10-01 met", FTCASuit: "2026-09-30 open", BivensLimitations: "2026-10-01 open"},
			lim:  "2", conf: "HIGH"},
		{name: "rule 3: denied Aug 31, 2023 -> leap day 2024", state: "IL", incident: "2023-01-10", presented: "2023-03-01", denied: "2023-08-31", asOf: "2023-09-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2025-01-10 met", FTCASuit: "2024-02-29 open", BivensLimitations: "2025-01-10 open"},
			lim:  "2", conf: "HIGH"},
		// Connors v. United States: mailed Aug 24, 1984, the period ended
		// Sunday Feb 24, 1985; the Monday (Feb 25) filing was timely.
		{name: "rule 3 and Rule 6(a): the Connors dates", state: "IL", incident: "1983-01-10", presented: "1983-06-01", denied: "1984-08-24", asOf: "1984-09-01",
			want: map[DeadlineKind]string{FTCAPresentment: "1985-01-10 met", FTCASuit: "1985-02-24 open", BivensLimitations: "1985-01-10 open"},
			lim:  "2", conf: "HIGH",
			open: map[DeadlineKind]string{FTCASuit: "1985-02-25"}},
		{name: "rule 3: the day after the suit deadline it has passed", state: "IL", incident: "2024-10-01", presented: "2024-11-01", denied: "2025-01-15", asOf: "2025-07-16",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-10-01 met", FTCASuit: "2025-07-15 passed", BivensLimitations: "2026-10-01 open"},
			lim:  "2", conf: "HIGH"},
		{name: "rule 3: on the suit deadline it is still open", state: "IL", incident: "2024-10-01", presented: "2024-11-01", denied: "2025-01-15", asOf: "2025-07-15",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-10-01 met", FTCASuit: "2025-07-15 open", BivensLimitations: "2026-10-01 open"},
			lim:  "2", conf: "HIGH"},

		// Rule 3, reconsideration (28 C.F.R. § 14.9(b)): a first permitted
		// day, the day after six months from the request.
		{name: "rule 3: reconsideration May 15 -> Nov 16, replaces the suit deadline", state: "IL", incident: "2024-10-01", presented: "2025-02-01", denied: "2026-03-31", recon: "2026-05-15", asOf: "2026-10-15",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-10-01 met", FTCAReconsidered: "2026-11-16 available", BivensLimitations: "2026-10-01 passed"},
			lim:  "2", conf: "HIGH"},
		{name: "rule 3: reconsideration on the last day to sue -> March 31", state: "IL", incident: "2024-10-01", presented: "2025-02-01", denied: "2026-03-31", recon: "2026-09-30", asOf: "2026-10-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-10-01 met", FTCAReconsidered: "2027-03-31 available", BivensLimitations: "2026-10-01 open"},
			lim:  "2", conf: "HIGH"},
		{name: "rule 3: reconsideration after the suit deadline gives no time", state: "IL", incident: "2024-01-15", presented: "2025-02-01", denied: "2025-08-31", recon: "2026-03-02", asOf: "2026-03-10",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-01-15 met", FTCASuit: "2026-02-28 passed", BivensLimitations: "2026-01-15 passed"},
			lim:  "2", conf: "HIGH"},
		// Aug 31 + 6 months: ends March 1, from March 2.
		{name: "rule 3: reconsideration on Aug 31 -> March 2", state: "IL", incident: "2025-01-15", presented: "2025-02-01", denied: "2025-07-01", recon: "2025-08-31", asOf: "2025-09-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-01-15 met", FTCAReconsidered: "2026-03-02 available", BivensLimitations: "2027-01-15 open"},
			lim:  "2", conf: "HIGH"},
		{name: "rule 3: a request before the denial on file was decided by it", state: "IL", incident: "2024-10-01", presented: "2025-02-01", recon: "2026-01-10", denied: "2026-03-31", asOf: "2026-04-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-10-01 met", FTCASuit: "2026-09-30 open", BivensLimitations: "2026-10-01 open"},
			lim:  "2", conf: "HIGH"},

		// Rule 5, Florida by accrual date.
		{name: "rule 5: Florida 2022 -> 4 years (HB 837 not retroactive)", state: "FL", incident: "2022-06-15", asOf: "2025-01-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2024-06-15 passed", BivensLimitations: "2026-06-15 open"},
			lim:  "4", conf: "FLAG"},
		{name: "rule 5: Florida the day before 2023-03-24 -> 4 years", state: "FL", incident: "2023-03-23", asOf: "2025-01-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2025-03-23 open", BivensLimitations: "2027-03-23 open"},
			lim:  "4", conf: "FLAG"},
		{name: "rule 5: Florida on 2023-03-24 -> 2 years, 4 may apply", state: "FL", incident: "2023-03-24", asOf: "2025-01-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2025-03-24 open", BivensLimitations: "2025-03-24 open"},
			lim:  "2/4", conf: "FLAG"},
		{name: "rule 5: Florida 2025 -> 2 years, 4 may apply", state: "FL", incident: "2025-05-10", asOf: "2026-11-28",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-05-10 open", BivensLimitations: "2027-05-10 open"},
			lim:  "2/4", conf: "FLAG"},

		// Rule 5, Louisiana: 2 years only for claims arising AFTER July 1, 2024.
		{name: "rule 5: Louisiana June 30, 2024 -> 1 year", state: "LA", incident: "2024-06-30", asOf: "2025-01-02",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-06-30 open", BivensLimitations: "2025-06-30 open"},
			lim:  "1", conf: "FLAG"},
		{name: "rule 5: Louisiana July 1, 2024 -> 1 year, 2 may apply", state: "LA", incident: "2024-07-01", asOf: "2025-01-02",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-07-01 open", BivensLimitations: "2025-07-01 open"},
			lim:  "1/2", conf: "FLAG"},
		{name: "rule 5: Louisiana July 2, 2024 -> 2 years", state: "LA", incident: "2024-07-02", asOf: "2025-01-02",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-07-02 open", BivensLimitations: "2026-07-02 open"},
			lim:  "2", conf: "FLAG"},

		// Rule 5, Wisconsin: 6 years before 2018-04-05, 3 from then.
		// 2020-04-04 is a Saturday and 2020-04-05 a Sunday, both passed.
		{name: "rule 5: Wisconsin April 4, 2018 -> 6 years", state: "WI", incident: "2018-04-04", asOf: "2026-11-28",
			want: map[DeadlineKind]string{FTCAPresentment: "2020-04-04 passed", BivensLimitations: "2024-04-04 passed"},
			lim:  "6", conf: "FLAG"},
		{name: "rule 5: Wisconsin April 5, 2018 -> 3 years", state: "WI", incident: "2018-04-05", asOf: "2026-11-28",
			want: map[DeadlineKind]string{FTCAPresentment: "2020-04-05 passed", BivensLimitations: "2021-04-05 passed"},
			lim:  "3", conf: "FLAG"},

		// Rule 5, the territories: the FTCA dates as anywhere.
		{name: "territories: Puerto Rico under the old Civil Code -> 1 year, HIGH", state: "PR", incident: "2020-11-27", asOf: "2021-01-04",
			want: map[DeadlineKind]string{FTCAPresentment: "2022-11-27 open", BivensLimitations: "2021-11-27 open"},
			lim:  "1", conf: "HIGH"},
		{name: "territories: Puerto Rico from the 2020 Civil Code -> 1 year, MED", state: "PR", incident: "2020-11-28", asOf: "2021-01-04",
			want: map[DeadlineKind]string{FTCAPresentment: "2022-11-28 open", BivensLimitations: "2021-11-28 open"},
			lim:  "1", conf: "MED"},
		{name: "territories: Puerto Rico, Feb 29 + 1 year -> Feb 28", state: "PR", incident: "2024-02-29", asOf: "2024-03-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-02-28 open", BivensLimitations: "2025-02-28 open"},
			lim:  "1", conf: "MED"},
		{name: "territories: Puerto Rico FTCA deemed denial as usual", state: "PR", incident: "2025-03-14", presented: "2025-08-31", asOf: "2025-09-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-03-14 met", FTCADeemedDenial: "2026-03-02 available", BivensLimitations: "2026-03-14 open"},
			lim:  "1", conf: "MED"},
		{name: "territories: Guam -> 2 years, 3 may apply", state: "GU", incident: "2025-03-14", asOf: "2025-04-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-03-14 open", BivensLimitations: "2027-03-14 open"},
			lim:  "2/3", conf: "FLAG"},
		{name: "territories: Virgin Islands -> 2 years", state: "VI", incident: "2025-03-14", asOf: "2025-04-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-03-14 open", BivensLimitations: "2027-03-14 open"},
			lim:  "2", conf: "MED"},
		{name: "territories: Northern Mariana Islands -> no period, marker", state: "MP", incident: "2025-03-14", asOf: "2025-04-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-03-14 open", BivensLimitations: "unknown"}},
		{name: "territories: American Samoa -> no period, marker", state: "AS", incident: "2025-03-14", asOf: "2025-04-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-03-14 open", BivensLimitations: "unknown"}},

		// Rule 2, per claimant: a second claimant's own dates, the case's
		// as the default for what they leave out.
		{name: "per claimant: own receipt Aug 31 -> March 2 (case's Sept 2 would give March 3)", state: "IL", incident: "2025-03-14", presented: "2025-09-02", asOf: "2025-11-27",
			second: &ownDates{own{PresentedOn: day(t, "2025-08-31")}},
			want:   map[DeadlineKind]string{FTCAPresentment: "2027-03-14 met", FTCADeemedDenial: "2026-03-02 available", BivensLimitations: "2027-03-14 open"},
			lim:    "2", conf: "HIGH"},
		{name: "per claimant: own denial, case's receipt -> suit Apr 15", state: "IL", incident: "2025-03-14", presented: "2025-04-01", asOf: "2025-11-27",
			second: &ownDates{own{DeniedOn: day(t, "2025-10-15")}},
			want:   map[DeadlineKind]string{FTCAPresentment: "2027-03-14 met", FTCASuit: "2026-04-15 open", BivensLimitations: "2027-03-14 open"},
			lim:    "2", conf: "HIGH"},
		{name: "per claimant: own amendment Dec 31 -> July 2", state: "IL", incident: "2025-03-14", presented: "2025-09-02", asOf: "2026-01-05",
			second: &ownDates{own{AmendedOn: day(t, "2025-12-31")}},
			want:   map[DeadlineKind]string{FTCAPresentment: "2027-03-14 met", FTCADeemedDenial: "2026-07-02 available", BivensLimitations: "2027-03-14 open"},
			lim:    "2", conf: "HIGH"},
		{name: "per claimant: own receipt a day late -> no may-sue-from", state: "IL", incident: "2025-03-14", presented: "2025-09-02", asOf: "2027-03-20",
			second: &ownDates{own{PresentedOn: day(t, "2027-03-15")}},
			want:   map[DeadlineKind]string{FTCAPresentment: "2027-03-14 passed", BivensLimitations: "2027-03-14 passed"},
			lim:    "2", conf: "HIGH"},
		{name: "per claimant: own reconsideration -> Nov 16", state: "IL", incident: "2024-10-01", presented: "2025-02-01", denied: "2026-03-31", asOf: "2026-06-01",
			second: &ownDates{own{ReconsiderationFiledOn: day(t, "2026-05-15")}},
			want:   map[DeadlineKind]string{FTCAPresentment: "2026-10-01 met", FTCAReconsidered: "2026-11-16 available", BivensLimitations: "2026-10-01 open"},
			lim:    "2", conf: "HIGH"},

		// Weekends and holidays (Rule 6(a) note): the date never moves;
		// the next open day can be two or three days later.
		// Labor Day 2026 is Monday Sept 7: Saturday the 5th -> Tuesday the 8th.
		{name: "Rule 6(a): Saturday before Labor Day -> Tuesday", state: "IL", incident: "2024-09-05", asOf: "2025-01-01",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-09-05 open", BivensLimitations: "2026-09-05 open"},
			lim:  "2", conf: "HIGH",
			open: map[DeadlineKind]string{FTCAPresentment: "2026-09-08", BivensLimitations: "2026-09-08"}},
		// July 4, 2026 is a Saturday, observed Friday July 3 -> Monday July 6.
		{name: "Rule 6(a): Independence Day observed on a Friday -> Monday", state: "TX", incident: "2024-07-03", asOf: "2026-01-05",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-07-03 open", BivensLimitations: "2026-07-03 open"},
			lim:  "2", conf: "MED",
			open: map[DeadlineKind]string{FTCAPresentment: "2026-07-06", BivensLimitations: "2026-07-06"}},
		// Dec 25, 2027 is a Saturday, observed Friday Dec 24 -> Monday Dec 27.
		{name: "Rule 6(a): Christmas observed on a Friday -> Monday", state: "IL", incident: "2025-12-24", asOf: "2026-01-05",
			want: map[DeadlineKind]string{FTCAPresentment: "2027-12-24 open", BivensLimitations: "2027-12-24 open"},
			lim:  "2", conf: "HIGH",
			open: map[DeadlineKind]string{FTCAPresentment: "2027-12-27", BivensLimitations: "2027-12-27"}},
		// Thanksgiving 2026 is Thursday Nov 26 -> Friday Nov 27.
		{name: "Rule 6(a): Thanksgiving -> Friday", state: "IL", incident: "2024-11-26", asOf: "2025-01-05",
			want: map[DeadlineKind]string{FTCAPresentment: "2026-11-26 open", BivensLimitations: "2026-11-26 open"},
			lim:  "2", conf: "HIGH",
			open: map[DeadlineKind]string{FTCAPresentment: "2026-11-27", BivensLimitations: "2026-11-27"}},
		// Jan 1, 2022 was a Saturday, observed Friday Dec 31, 2021; then
		// Saturday and Sunday -> Monday Jan 3, 2022.
		{name: "Rule 6(a): New Year's Day observed on Dec 31 -> Jan 3", state: "IL", incident: "2019-12-31", asOf: "2020-01-02",
			want: map[DeadlineKind]string{FTCAPresentment: "2021-12-31 open", BivensLimitations: "2021-12-31 open"},
			lim:  "2", conf: "HIGH",
			open: map[DeadlineKind]string{FTCAPresentment: "2022-01-03", BivensLimitations: "2022-01-03"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newCase(t, tc.incident, tc.state)
			for _, d := range []struct {
				s   string
				out *civil.Date
			}{
				{tc.accrued, &c.FTCA.AccruedOn}, {tc.presented, &c.FTCA.PresentedOn}, {tc.amended, &c.FTCA.AmendedOn},
				{tc.denied, &c.FTCA.DeniedOn}, {tc.recon, &c.FTCA.ReconsiderationFiledOn},
			} {
				if d.s != "" {
					*d.out = day(t, d.s)
				}
			}
			who := 0
			if tc.second != nil {
				c.Claimants = append(c.Claimants, casefile.Claimant{Name: "B. Client", FTCA: tc.second.dates})
				who = 1
			}
			f := Compute(c, who, day(t, tc.asOf))

			got := map[DeadlineKind]string{}
			for _, d := range f.Deadlines {
				got[d.Kind] = d.Date.String() + " " + string(d.Status)
			}
			for _, d := range f.Undetermined {
				got[d.Kind] = string(d.Status)
				if !d.Date.IsZero() || d.Marker != "[AUTHORITY NEEDED: limitations period]" {
					t.Errorf("undetermined %s: date %s marker %q", d.Kind, d.Date, d.Marker)
				}
			}
			if !maps.Equal(got, tc.want) {
				t.Errorf("deadlines\n got  %v\n want %v", got, tc.want)
			}

			lim := ""
			if l := f.Limitations; l.Years > 0 {
				lim = strconv.Itoa(l.Years)
				if l.LongerYears > 0 {
					lim += "/" + strconv.Itoa(l.LongerYears)
				}
			}
			if lim != tc.lim || f.Limitations.Confidence != tc.conf {
				t.Errorf("limitations %q %q, want %q %q", lim, f.Limitations.Confidence, tc.lim, tc.conf)
			}

			if tc.open != nil {
				for _, d := range f.Deadlines {
					want := tc.open[d.Kind]
					if d.NextOpenDay.String() != want || (want != "") != (d.ClosedDay != "") {
						t.Errorf("%s on %s: next open day %q (closed: %q), want %q", d.Kind, d.Date, d.NextOpenDay, d.ClosedDay, want)
					}
					if want != "" && !noteContaining(d, "Fed. R. Civ. P. 6(a)", day(t, want).English()) {
						t.Errorf("%s: the note does not name %s: %q", d.Kind, want, d.Notes)
					}
				}
			}
		})
	}
}

// ownDates is a second claimant's own ftca block.
type ownDates struct{ dates casefile.ClaimantFTCA }
