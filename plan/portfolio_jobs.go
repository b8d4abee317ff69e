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
// (nil when they are too many). total is the number of steps of all the
// plans. The problems go to ps, plan after plan.
//
// Checking a plan's steps reads every one of them, which costs as much as
// scheduling them: for many steps, the plans are checked on the available
// processors at once, each in one pass (see addPlain) into its own part of
// the jobs' arrays. If a plan is not as Generate and Replan make them, the
// plans are checked again one after the other, so that the problems and
// the search for cycles are those of addSteps, in the same order.
func portfolioJobs(ps *egov.ProblemList, plans []*Plan, info []portfolioPlan, partnerPool, total int) *jobs {
	js := &jobs{
		pool: make([]int32, 0, total), effort: make([]int64, 0, total), class: make([]int, 0, total),
		group: make([]int32, 0, total), depStart: make([]int32, 1, total+1),
	}
	poolOf := func(g int) [numOwners]int32 {
		return [numOwners]int32{OwnerTeam: 0, OwnerMunicipality: int32(1 + g), OwnerPartner: int32(partnerPool)}
	}
	workers := min(runtime.GOMAXPROCS(0), len(plans), total/4096)
	if workers > 1 && total <= math.MaxInt32 && jobsAtOnce(plans, info, js, poolOf, workers) {
		return js
	}
	js.pool, js.effort, js.class, js.group = js.pool[:0], js.effort[:0], js.class[:0], js.group[:0]
	js.depStart = js.depStart[:1]
	deps := 0
	for g, p := range plans {
		if p != nil {
			in := &info[g]
			in.order, in.deps = planOrderDeps(p)
			deps += in.deps
		}
	}
	js.deps = make([]int32, 0, min(deps, math.MaxInt32))
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

// jobsAtOnce fills js, whose arrays have room for every plan's jobs, with
// workers checking plans at once, and reports whether every plan was as
// addPlain needs. Each plan is checked into its own part of the arrays:
// slices of them whose length is the plan's first job, so that addPlain
// numbers the jobs as it does one plan after the other, and whose capacity
// ends where the plan's part does; its dependencies go to a list of its
// own (room for three a step, as most plans need fewer), then to js.deps
// once every plan's count is known.
func jobsAtOnce(plans []*Plan, info []portfolioPlan, js *jobs, poolOf func(int) [numOwners]int32, workers int) bool {
	nJobs := 0
	for g, p := range plans {
		if p != nil {
			info[g].first = nJobs
			nJobs += len(p.Steps) + len(p.Deferred)
		}
	}
	plain := make([]bool, len(plans))
	deps := make([][]int32, len(plans))
	check := func(g int) {
		p, in := plans[g], &info[g]
		if p == nil {
			plain[g] = true
			return
		}
		a, n := in.first, len(p.Steps)+len(p.Deferred)
		part := &jobs{
			pool: js.pool[: a : a+n], effort: js.effort[: a : a+n], class: js.class[: a : a+n], group: js.group[: a : a+n],
			depStart: js.depStart[: a+1 : a+1+n], deps: make([]int32, 0, 3*n),
		}
		pool := poolOf(g)
		in.order, plain[g] = addPlain(p, int32(g), &pool, part)
		deps[g] = part.deps
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
	nDeps := 0
	for g := range plans {
		if !plain[g] {
			return false
		}
		nDeps += len(deps[g])
	}
	if nDeps > math.MaxInt32 {
		return false
	}
	js.pool, js.effort, js.class, js.group = js.pool[:nJobs], js.effort[:nJobs], js.class[:nJobs], js.group[:nJobs]
	js.depStart, js.deps = js.depStart[:nJobs+1], make([]int32, 0, nDeps)
	// Each plan's rows count from its own first dependency.
	for g, p := range plans {
		if p == nil {
			continue
		}
		base, a := int32(len(js.deps)), info[g].first
		js.deps = append(js.deps, deps[g]...)
		for k := range len(info[g].order) {
			js.depStart[a+1+k] += base
		}
	}
	return true
}
