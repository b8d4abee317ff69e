package maturity

// BatchPlanned reports whether Compile prepared TotalsBatch's fast path
// for c, so that black-box tests can check that they reach both paths.
func BatchPlanned(c *Compiled) bool { return c.batch.ok }
