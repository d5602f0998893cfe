#pragma once

// The caps of the summary edition (ReportOptions::Edition::Summary), in one place: every list of the
// report whose length grows with the model prints at most this many rows there, followed by a line
// saying how many more there are and where they all are (ReportBuilder::notListed). The full edition
// prints every row.
//
// Why these numbers: the summary is what a ward files and circulates, so it has to stay around 60
// pages however large the ward (the full edition of a 10,000-asset ward is 4,000 pages). A landscape
// page holds about 28 register rows at 7 pt and 30 rows of the other tables; a finding's row carries
// its path and a decided response its rationale, several lines each. With these caps every chapter
// of the summary fits in a few pages: 24 to 30 pages for the sample ward and generated wards of 1,000
// to 100,000 assets, 42 for tst_report's summaryEditionStaysShort (every list long, which it holds to
// 60), and about 57 when every cap is reached at once (an estimate from the rows per page, not a
// measurement). Lists already short by design (the ten risks that moved most since the previous
// year, the ten highest risks of the summary) keep their own numbers.

#include <QtGlobal>

namespace mamori::SummaryLimits {

/// The risk register: the highest residual risks (two landscape pages); the rest is counted by
/// level, threat category and tier.
inline constexpr qsizetype kHighestRisks = 50;
/// Three-tier findings, in the findings chapter, the scenario's and the previous year's: a row is up
/// to six lines with its path.
inline constexpr qsizetype kFindings = 20;
/// Decided responses with their rationale, highest residual first.
inline constexpr qsizetype kDecidedResponses = 30;
/// Plan actions in due order, in the table, the timeline and the projection table.
inline constexpr qsizetype kPlanActions = 40;
/// The scenario's risks that change, largest reduction first.
inline constexpr qsizetype kScenarioRisks = 30;
/// Audit findings (overdue and open first) and exceptions.
inline constexpr qsizetype kAuditFindings = 30;
inline constexpr qsizetype kExceptions = 20;
/// The review (§10): the first items of each subject (controls, audit findings, exceptions), so that
/// the catalogue's many controls leave room for the rest; its risks keep their own ten.
inline constexpr qsizetype kReviewItems = 10;
/// The catalogue appendix: the built-in catalogue (37 threats, 84 controls) fits whole.
inline constexpr qsizetype kThreats = 60;
inline constexpr qsizetype kControls = 100;
/// The asset register: the assets with the largest impact spread; the rest counted by type and tier.
inline constexpr qsizetype kAssets = 50;
/// Services in the continuity chapter, and those a scenario changes (a ward names 20 to 60).
inline constexpr qsizetype kServices = 40;
/// The overview by department: the units with the largest total residual risk (a ward has 20 to 60).
inline constexpr qsizetype kDepartments = 60;

} // namespace mamori::SummaryLimits
