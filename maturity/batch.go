package maturity

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

// TotalsBatch scores many assessments of this model into out, which must be
// as long as as: out[i] receives the totals of as[i]. The work is spread
// over the available processors and allocates nothing per assessment.
// Assessments that cannot be scored leave a zero Totals in out and are
// reported, each with its index, in the returned error.
//
// An assessment whose values are all known is scored by a plan that
// Compile prepares when the model's figures fit in 64 bits: one dot
// product, one division and a few comparisons, giving the same Totals as
// Totals does. Other assessments take the general path of Totals.
func (c *Compiled) TotalsBatch(as []Assessment, out []Totals) error {
	if len(out) != len(as) {
		return fmt.Errorf("maturity: %d assessments but room for %d totals", len(as), len(out))
	}
	if !c.valid() {
		clear(out)
		return noModel()
	}
	workers := min(runtime.GOMAXPROCS(0), (len(as)+255)/256)
	if workers <= 1 {
		return c.totalsRange(as, out, 0)
	}
	errs := make([]error, workers)
	var wg sync.WaitGroup
	chunk := (len(as) + workers - 1) / workers
	for w := range workers {
		lo, hi := w*chunk, min((w+1)*chunk, len(as))
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[w] = c.totalsRange(as[lo:hi], out[lo:hi], lo)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func (c *Compiled) totalsRange(as []Assessment, out []Totals, offset int) error {
	var (
		t       tally // the general path's scratch space, made when first needed
		scratch []uint64
		errs    []error
	)
	for i := range as {
		a := &as[i]
		if a.model != c {
			if err := c.owns(*a); err != nil {
				out[i] = Totals{}
				errs = append(errs, fmt.Errorf("assessments[%d]: %w", offset+i, err))
				continue
			}
		}
		if c.planTotals(a.values, &out[i]) {
			continue
		}
		if scratch == nil {
			t, scratch = newTally(len(c.dw)), make([]uint64, len(c.dw))
		}
		var err error
		if out[i], err = c.totals(a.values, &t, scratch); err != nil {
			out[i] = Totals{}
			errs = append(errs, fmt.Errorf("assessments[%d]: %w", offset+i, err))
		}
	}
	return errors.Join(errs...)
}
