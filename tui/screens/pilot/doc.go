// Package pilot shows the pilot table: per annotator the items labeled,
// median and 90th-percentile time per item, error rates against consensus
// and against gold, earnings and the effective hourly rate.
package pilot
