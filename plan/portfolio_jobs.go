package plan

import (
	"math"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/digitaldistrict/egovkit/egov"
)

// portfolioJobs checks the steps of every plan of a portfolio and returns
// them as jobs, plan after plan, as addSteps does for each: plan g's jobs
// start at info[g].first, and its steps in plan order are info[g].order
// (nil when they are too many). Every plan's order and count of
// dependencies must be in info already, and total and totalDeps are their
// sums. The problems go to ps, plan after plan.
//
// Checking a plan's steps reads every one of them, which costs as much as
// scheduling them: for many steps, the plans are checked on the available
// processors at once, each into its own part of the jobs' arrays. If a plan
// has a problem, or a dependency on a step later in its plan order, the
// plans are checked again one after the other, so that the problems and
// the search for cycles are those of addSteps, in the same order.
func portfolioJobs(ps *egov.ProblemList, plans []*Plan, info []portfolioPlan, partnerPool, total, totalDeps int) *jobs {
	js := &jobs{
		pool: make([]int32, 0, total), effort: make([]int64, 0, total), class: make([]int, 0, total),
		group: make([]int32, 0, total), depStart: make([]int32, 1, total+1), deps: make([]int32, 0, totalDeps),
	}
	poolOf := func(g int) [numOwners]int32 {
		return [numOwners]int32{OwnerTeam: 0, OwnerMunicipality: int32(1 + g), OwnerPartner: int32(partnerPool)}
	}
	workers := min(runtime.GOMAXPROCS(0), len(plans), total/4096)
	if workers > 1 && total <= math.MaxInt32 && totalDeps <= math.MaxInt32 && jobsAtOnce(plans, info, js, poolOf, workers) {
		return js
	}
	js.pool, js.effort, js.class, js.group = js.pool[:0], js.effort[:0], js.class[:0], js.group[:0]
	js.depStart, js.deps = js.depStart[:1], js.deps[:0]
	for g, p := range plans {
		if p == nil {
			continue
		}
		in := &info[g]
		in.first = len(js.effort)
		if !stepsFit(ps, index("plans", g), p, js) {
			in.order = nil
			continue
		}
		pool := poolOf(g)
		in.order = addOrdered(ps, index("plans", g), p, in.order, in.deps, int32(g), &pool, js)
	}
	return js
}

// jobsAtOnce fills js, whose arrays have room for every plan's jobs and
// dependencies, with workers checking plans at once, and reports whether
// every plan was found without a problem and with its dependencies
// earlier in its plan order. Each plan is checked into its own part of the
// arrays: slices of them whose length is the plan's first job (or
// dependency), so that addJobs numbers them as it does one plan after the
// other, and whose capacity ends where the plan's part does.
func jobsAtOnce(plans []*Plan, info []portfolioPlan, js *jobs, poolOf func(int) [numOwners]int32, workers int) bool {
	depFirst := make([]int, len(plans))
	nJobs, nDeps := 0, 0
	for g, p := range plans {
		if p != nil {
			info[g].first, depFirst[g] = nJobs, nDeps
			nJobs += len(info[g].order)
			nDeps += info[g].deps
		}
	}
	clean := make([]bool, len(plans))
	backward := make([]bool, len(plans))
	check := func(g int) {
		p, in := plans[g], &info[g]
		if p == nil {
			clean[g], backward[g] = true, true
			return
		}
		a, b, n := in.first, depFirst[g], len(in.order)
		part := &jobs{
			pool: js.pool[: a : a+n], effort: js.effort[: a : a+n], class: js.class[: a : a+n], group: js.group[: a : a+n],
			depStart: js.depStart[: a+1 : a+1+n], deps: js.deps[: b : b+in.deps],
		}
		var ps egov.ProblemList
		pool := poolOf(g)
		backward[g] = addJobs(&ps, index("plans", g), p, in.order, int32(g), &pool, part)
		clean[g] = ps.Len() == 0 && len(part.deps) == b+in.deps
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for g := int(next.Add(1) - 1); g < len(plans); g = int(next.Add(1) - 1) {
				check(g)
			}
		}()
	}
	wg.Wait()
	for g := range plans {
		if !clean[g] || !backward[g] {
			return false
		}
	}
	js.pool, js.effort, js.class, js.group = js.pool[:nJobs], js.effort[:nJobs], js.class[:nJobs], js.group[:nJobs]
	js.depStart, js.deps = js.depStart[:nJobs+1], js.deps[:nDeps]
	return true
}
