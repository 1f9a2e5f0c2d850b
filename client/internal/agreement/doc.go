// Package agreement measures how much independent annotators agree when they
// put items into nominal categories (labels with no order): percent
// agreement, Cohen's kappa for a pair of annotators, Fleiss' kappa and
// Krippendorff's alpha for any number of them, per-category Fleiss kappa and
// confusion matrices.
//
// Reliability data are an items x raters matrix of category indices in which
// any cell may be Missing: in a kappa campaign each task is labeled by k of
// many annotators, and some of them never reveal. Build one with New and Set,
// FromMatrix or FromObservations. Fleiss' kappa, Krippendorff's alpha and
// percent agreement depend only on how many values of each category every
// item received, so they are methods of Counts (Reliability.Counts); the
// statistics that follow individual raters (Cohen's kappa, a rater against a
// reference, the consensus) are methods of Reliability. Counts.Bootstrap
// says how precise a figure from a small pilot is.
//
// Conventions for data that cannot support a statistic are the same
// everywhere and never produce NaN or a panic: with no item holding two or
// more values (no data, everything missing, one annotator) the result is
// ErrNoPairs; when every value is the same category, observed agreement is
// perfect but so is chance agreement, the coefficient is 0/0, and the result
// is ErrNoVariation with the observed and expected agreement still reported.
// docs/AGREEMENT.md gives the formulas and the published examples the tests
// reproduce.
package agreement
