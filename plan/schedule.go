package plan

import (
	"math"
	"slices"
)

// MaxHorizon is the longest horizon, in weeks, a plan or portfolio may
// have: ten years.
const MaxHorizon = 520

// jobs is the scheduler's input: every array is indexed by job, and a job's
// prerequisites are deps[depStart[j]:depStart[j+1]] (compressed rows), so
// that scheduling works on flat slices and allocates nothing per job. The
// jobs of one municipality come in its plan order: a lower index is an
// earlier plan position.
type jobs struct {
	pool []int32 // capacity pool the job draws on
	// share is a second pool the job draws on at the same time, -1 for
	// none: in a portfolio, a team job's municipality's own cap on the
	// team's time. A nil share means none for every job.
	share    []int32
	effort   []int64 // hundredths of a person-day, positive
	class    []int   // priority class: lower goes first
	group    []int32 // municipality
	depStart []int32
	deps     []int32
}

// jobState is what the scheduler keeps of a job as it goes, in 32 bytes:
// it takes the jobs in no order, and one cache line a job is much faster
// than one for each of its arrays. It holds the job's effort and class
// rank, as given; its queue (see readyQueues), which says its municipality
// and pools; and where its row of dependents starts (the next job's row
// ends it). link is the first prerequisite found not scheduled (-1 for
// none) until the job is released, then the next job ready in the same
// week as it (plus one; 0 for none).
//
// Once the job starts, startWeek and endWeek are its weeks (counted in 16
// bits: a schedule has at most MaxHorizon weeks) and takeAt where its takes
// begin. A job not scheduled keeps startWeek 0 and says why in the fields
// a run would use: endWeek holds the unfitKind and link the prerequisite
// of an unfitPrereq.
type jobState struct {
	effort                   int64
	class, queue, link, deps int32
	takeAt                   int32
	startWeek, endWeek       uint16
}

// jobWait is what the scheduler updates of a job each time a prerequisite
// is decided: the count of those not yet decided, and the week after those
// decided end. It is kept apart from jobState, small, as it is read once
// for every dependency, in no order.
type jobWait struct {
	waiting, readyAt int32
}

func (js *jobs) shareOf(j int) int {
	if js.share == nil {
		return -1
	}
	return int(js.share[j])
}

// unlimited stands for the room of a pool without a capacity: more than any
// effort the scheduler is given, small enough to add to.
const unlimited = math.MaxInt64 / 4

// pools describes the capacity pools: each pool's capacity in a week of
// five working days, in hundredths of a person-day (0 = unlimited), the
// calendar whose working days scale it, which owner it belongs to, and
// which pool is the shared programme team (for fairness), -1 if none.
type pools struct {
	base  []int64
	cal   []int32
	owner []Owner
	team  int
	weeks []calendarWeeks
}

// capacity returns pool p's capacity in week w: its weekly capacity times
// the week's working days over five, rounded down to the hundredth, so that
// no week holds more than its share of the capacity; 0 in a week without a
// working day, unlimited for a pool without a capacity that has one.
func (ps *pools) capacity(p, w int) int64 {
	d := int64(ps.weeks[ps.cal[p]].days[w])
	switch {
	case d == 0:
		return 0
	case ps.base[p] == 0:
		return unlimited
	}
	return ps.base[p] * d / workWeek
}

// A weekSpan is the weeks a municipality's jobs may use, first to last
// inclusive: from its plan's start to the end of its plan's horizon,
// within the schedule's.
type weekSpan struct{ first, last int32 }

// unfitKind says why a job was not scheduled.
type unfitKind uint8

const (
	fits        unfitKind = iota
	unfitPrereq           // a job it needs was not scheduled
	unfitEnd              // it cannot end by the last week it may use
	unfitStart            // it found no week with room to start in
	unfitLate             // the jobs it needs end after the last week it may start in
)

// An unfit says why a job was not scheduled: the kind, and for
// unfitPrereq the first prerequisite found not scheduled.
type unfit struct {
	kind   unfitKind
	prereq int32
}

// A placement is the scheduler's answer: the jobs' states as it left them
// (see jobState), which start, end, why and takesOf read, the takes of the
// runs, the load and, if the dependencies have a cycle, stuck, a job on it
// (that job and the others of the cycle are left unscheduled), otherwise
// -1. load is hundredths of a person-day per week, municipality and owner,
// flattened as load[((week-1)*groups+group)*numOwners+owner].
type placement struct {
	jobs  []jobState
	takes []int64
	load  []int64
	stuck int
}

// start and end return the first and last week of job j's run (1-based),
// 0 when it is not scheduled.
func (pl *placement) start(j int) int { return int(pl.jobs[j].startWeek) }

func (pl *placement) end(j int) int {
	if pl.jobs[j].startWeek == 0 {
		return 0 // endWeek says why
	}
	return int(pl.jobs[j].endWeek)
}

// why says why job j was not scheduled.
func (pl *placement) why(j int) unfit {
	return unfit{unfitKind(pl.jobs[j].endWeek), pl.jobs[j].link}
}

// takesOf returns what scheduled job j takes in each week of its run, in
// hundredths: 0 only in a week its owner has no capacity.
func (pl *placement) takesOf(j int) []int64 {
	from := int(pl.jobs[j].takeAt)
	return pl.takes[from : from+pl.end(j)-pl.start(j)+1]
}

// schedule is a parallel schedule-generation scheme: it walks the weeks in
// order. A job is ready in the first week after all its prerequisites end
// (and not before its municipality's first week). In each week, among the
// ready jobs whose pools have room that week, it starts the one with the
// lowest priority class; among equal classes, the one of the municipality
// that has received the least programme-team capacity so far (then the
// lower municipality index); within a municipality, the earlier plan
// position; and again, until no ready job has room.
//
// A job runs over consecutive weeks. Jobs already running claim their
// pools' capacity before a job starts, in the order they started, so a job
// that starts takes what they leave in each week until its effort is spent;
// its whole run is known when it starts and is committed then. A week in
// which one of its pools has no capacity (no working day) pauses it. A job
// that would find no room in a later week of its run while its pools have
// capacity that week, which only a municipality's share of a shared team
// can cause, does not start that week, so that no run is ever broken; a job
// that cannot end by its municipality's last week is not scheduled, nor is
// any job that needs it.
//
// The horizon is at most MaxHorizon, as every caller's options are checked
// to be, so that a week fits in 16 bits.
func schedule(js *jobs, ps *pools, spans []weekSpan, horizon int) *placement {
	n := len(js.effort)
	groups := len(spans)
	out := &placement{takes: make([]int64, 0, n), load: make([]int64, horizon*groups*int(numOwners)), stuck: -1}
	// Dependents in compressed rows, and the count of undecided
	// prerequisites of each job.
	wait := make([]jobWait, n)
	dstart := make([]int32, n+1)
	for j := range n {
		for _, p := range js.deps[js.depStart[j]:js.depStart[j+1]] {
			dstart[p+1]++
			wait[j].waiting++
		}
	}
	for j := 1; j <= n; j++ {
		dstart[j] += dstart[j-1]
	}
	// Fill the rows by advancing each row's start, then shift the starts
	// back: no third array.
	dependents := make([]int32, dstart[n])
	for j := range n {
		for _, p := range js.deps[js.depStart[j]:js.depStart[j+1]] {
			dependents[dstart[p]] = int32(j)
			dstart[p]++
		}
	}
	for j := n; j > 0; j-- {
		dstart[j] = dstart[j-1]
	}
	dstart[0] = 0

	// Each job's state, and after the last a job that only ends the last
	// row of dependents. The pools of each queue's jobs are the same for
	// all of them (share -1 for none; both -1 for a queue with no job).
	class := classRanks(js.class)
	st := make([]jobState, n+1)
	qPool := make([]int32, groups*3)
	qShare := make([]int32, groups*3)
	for q := range qPool {
		qPool[q], qShare[q] = -1, -1
	}
	for j := range n {
		p := js.pool[j]
		q := int(js.group[j])*3 + int(ps.owner[p]-OwnerTeam)
		qPool[q], qShare[q] = p, int32(js.shareOf(j))
		st[j] = jobState{effort: js.effort[j], class: class[j], queue: int32(q), link: -1, deps: dstart[j]}
	}
	st[n].deps = dstart[n]
	dependentsOf := func(j int) []int32 { return dependents[st[j].deps:st[j+1].deps] }

	// Jobs wait in a list per week until they are ready (bucket[w] is the
	// first job plus one, link the rest), then in their municipality and
	// owner's queue (see readyQueues).
	bucket := make([]int32, horizon+2)
	const jobBits = 1<<32 - 1

	// failed holds jobs found not scheduled whose dependents are still to
	// be told.
	var failed []int32
	fail := func(j int32, u unfit) {
		st[j].endWeek, st[j].link = uint16(u.kind), u.prereq
		failed = append(failed, j)
	}
	// release is called once every prerequisite of j is decided.
	release := func(j int32) {
		sj := &st[j]
		if sj.link >= 0 {
			fail(j, unfit{unfitPrereq, sj.link})
			return
		}
		span := spans[sj.queue/3]
		w := max(wait[j].readyAt, span.first)
		if w > span.last {
			fail(j, unfit{unfitLate, -1})
			return
		}
		sj.link = bucket[w]
		bucket[w] = j + 1
	}
	tell := func() {
		for len(failed) > 0 {
			k := failed[len(failed)-1]
			failed = failed[:len(failed)-1]
			for _, d := range dependentsOf(int(k)) {
				// d waits for k, so it is not released yet: link is still
				// the first prerequisite found not scheduled.
				if sd := &st[d]; sd.link < 0 {
					sd.link = k
				}
				wait[d].waiting--
				if wait[d].waiting == 0 {
					release(d)
				}
			}
		}
	}
	for j := range n {
		if wait[j].waiting == 0 {
			release(int32(j))
		}
	}
	tell()

	// used[pool*(horizon+2)+week] is the capacity committed so far.
	stride := horizon + 2
	used := make([]int64, len(ps.base)*stride)
	// room returns what pools p and s (-1 for none) leave in week w, and
	// whether one of them has no capacity that week (a job on them pauses).
	room := func(p, s, w int) (int64, bool) {
		c := ps.capacity(p, w)
		if c == 0 {
			return 0, true
		}
		r := c - used[p*stride+w]
		if s >= 0 {
			c := ps.capacity(s, w)
			if c == 0 {
				return 0, true
			}
			r = min(r, c-used[s*stride+w])
		}
		return r, false
	}
	served := make([]int64, groups)
	// The room each pool has left in the current week, kept up to date as
	// jobs start: what the choice among ready jobs reads, again and again.
	left := make([]int64, len(ps.base))
	rq := newReadyQueues(groups, qPool, qShare, len(ps.base), served, left)
	push := func(j int) { rq.push(int(st[j].queue), int(st[j].class)<<32|j) }
	// start tries to start job j of queue q in week w: it returns false
	// when the run would be broken (j stays ready), true when j started or
	// cannot end in time (then it is failed).
	start := func(j, q, w int) bool {
		sj := &st[j]
		g := q / 3
		limit := int(spans[g].last)
		if w > limit {
			fail(int32(j), unfit{unfitStart, -1})
			return true
		}
		p, s := int(qPool[q]), int(qShare[q])
		// The current week has room (the caller checked): most jobs end in it.
		now := left[p]
		if s >= 0 {
			now = min(now, left[s])
		}
		rem, last := sj.effort-min(now, sj.effort), w
		for last < limit && rem > 0 {
			last++
			r, paused := room(p, s, last)
			if paused {
				continue
			}
			if r <= 0 {
				return false
			}
			rem -= min(r, rem)
		}
		if rem > 0 {
			fail(int32(j), unfit{unfitEnd, -1})
			return true
		}
		row := g*int(numOwners) + int(ps.owner[p])
		sj.takeAt = int32(len(out.takes))
		rem = sj.effort
		for v := w; v <= last; v++ {
			take := min(now, rem)
			if v > w {
				take = 0
				if r, paused := room(p, s, v); !paused {
					take = min(r, rem)
				}
			}
			used[p*stride+v] += take
			if s >= 0 {
				used[s*stride+v] += take
			}
			out.load[(v-1)*groups*int(numOwners)+row] += take
			out.takes = append(out.takes, take)
			rem -= take
		}
		sj.startWeek, sj.endWeek = uint16(w), uint16(last)
		if p == ps.team {
			served[g] += sj.effort
		}
		for _, d := range dependentsOf(j) {
			wd := &wait[d]
			wd.readyAt = max(wd.readyAt, int32(last)+1)
			wd.waiting--
			if wd.waiting == 0 {
				release(d)
			}
		}
		return true
	}

	var retry []int
	for w := 1; w <= horizon; w++ {
		for b := bucket[w]; b != 0; b = st[b-1].link {
			push(int(b - 1))
		}
		retry = retry[:0]
		for p := range left {
			left[p] = ps.capacity(p, w) - used[p*stride+w]
		}
		rq.rebuild()
		for {
			q := rq.best()
			if q < 0 {
				break
			}
			j := rq.pop(q) & jobBits
			if !start(j, q, w) {
				retry = append(retry, j)
			}
			// Mend the tournament once the start's changes are known: q's
			// head, its municipality's share of the team, its pools' room.
			p, s := int(qPool[q]), int(qShare[q])
			left[p] = ps.capacity(p, w) - used[p*stride+w]
			if s >= 0 {
				left[s] = ps.capacity(s, w) - used[s*stride+w]
			}
			if p == ps.team {
				rq.servedMore(q / 3)
			} else {
				rq.update(q)
			}
			if left[p] <= 0 {
				rq.exhausted(p)
			}
			if s >= 0 && left[s] <= 0 {
				rq.exhausted(s)
			}
			tell()
		}
		for _, j := range retry {
			push(j)
		}
	}
	// What is still ready found no room before the horizon ended.
	for q := range rq.heaps {
		for rq.heaps[q].Len() > 0 {
			fail(int32(rq.heaps[q].Pop()&jobBits), unfit{unfitStart, -1})
			tell()
		}
	}
	for j := range n {
		if wait[j].waiting > 0 {
			out.stuck = j
			break
		}
	}
	out.jobs = st
	return out
}

// classRanks returns the classes as int32 in the same order: the classes
// themselves when they all lie in [0, 2^30], as Generate makes them;
// otherwise each class's rank among the distinct classes, so that classes
// of any size, negative ones too, keep their order exactly.
func classRanks(classes []int) []int32 {
	out := make([]int32, len(classes))
	small := true
	for j, c := range classes {
		if c < 0 || c > 1<<30 {
			small = false
			break
		}
		out[j] = int32(c)
	}
	if small {
		return out
	}
	distinct := slices.Clone(classes)
	slices.Sort(distinct)
	distinct = slices.Compact(distinct)
	for j, c := range classes {
		r, _ := slices.BinarySearch(distinct, c)
		out[j] = int32(r)
	}
	return out
}
