package plan

import (
	"slices"

	"github.com/digitaldistrict/egovkit/internal/graph"
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
	pool     []int32 // capacity pool the job draws on
	effort   []int64 // hundredths of a person-day, positive
	class    []int   // priority class: lower goes first
	group    []int32 // municipality
	depStart []int32
	deps     []int32
}

// pools describes the capacity pools: per-week capacity in hundredths of a
// person-day (0 = unlimited), which owner each pool belongs to, and which
// pool is the shared programme team (for fairness), -1 if none.
type pools struct {
	capacity []int64
	owner    []Owner
	team     int
}

// schedule is a serial schedule-generation scheme. Repeatedly, among the
// jobs whose prerequisites are all scheduled, it takes the one with the
// lowest priority class; among the heads of equal class it serves the
// municipality that has received the least programme-team capacity so far
// (then the lower municipality index); within a municipality, the earlier
// plan position. The job starts in the first week after all its
// prerequisites end in which its pool has room, and draws on the pool week
// after week until its effort is spent, never beyond a week's capacity.
// Jobs that cannot end within the horizon, and every job that needs one of
// them, are left unscheduled (start 0).
//
// It returns each job's start and end week (1-based, 0 when unscheduled)
// and the load: hundredths of a person-day per week, municipality and
// owner, flattened as load[((week-1)*groups+group)*numOwners+owner]. If the
// dependencies have a cycle, stuck is a job on it (the others are left
// unscheduled); otherwise it is -1.
func schedule(js *jobs, ps pools, groups, horizon int) (start, end []int32, load []int64, stuck int) {
	n := len(js.effort)
	start = make([]int32, n)
	end = make([]int32, n)
	load = make([]int64, horizon*groups*int(numOwners))
	// A job that cannot be scheduled gets end -1, so that its dependents
	// learn it from the one array they read anyway.
	const failedEnd = -1

	// Dependents in compressed rows, and the count of unscheduled
	// prerequisites of each job.
	waiting := make([]int32, n)
	dstart := make([]int32, n+1)
	for j := range n {
		for _, p := range js.deps[js.depStart[j]:js.depStart[j+1]] {
			dstart[p+1]++
			waiting[j]++
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

	// Per municipality, a heap of ready jobs keyed by class, then job index
	// (which is plan order within a municipality).
	heads := make([]graph.MinHeap, groups)
	class := classRanks(js.class)
	key := func(j int) int { return int(class[j])<<32 | j }
	for j := range n {
		if waiting[j] == 0 {
			heads[js.group[j]].Push(key(j))
		}
	}

	// Capacity: used[pool][week] and, per pool, a skip list of full weeks
	// (next[w] points at a week at or after w that may have room).
	np := len(ps.capacity)
	used := make([]int64, np*(horizon+2))
	next := make([]int32, np*(horizon+2))
	for i := range next {
		next[i] = int32(i % (horizon + 2))
	}
	find := func(p, w int) int {
		base := p * (horizon + 2)
		for int(next[base+w]) != w {
			next[base+w] = next[base+int(next[base+w])]
			w = int(next[base+w])
		}
		return w
	}
	served := make([]int64, groups)

	for {
		g := -1
		for h := range heads {
			if heads[h].Len() == 0 {
				continue
			}
			if g < 0 {
				g = h
				continue
			}
			ch, cg := heads[h].Peek()>>32, heads[g].Peek()>>32
			if ch < cg || ch == cg && served[h] < served[g] {
				g = h
			}
		}
		if g < 0 {
			break
		}
		j := heads[g].Pop() & (1<<32 - 1)

		earliest, failed := 1, false
		for _, p := range js.deps[js.depStart[j]:js.depStart[j+1]] {
			e := end[p]
			failed = failed || e == failedEnd
			earliest = max(earliest, int(e)+1)
		}
		if !failed {
			p := int(js.pool[j])
			capacity := ps.capacity[p]
			owner := int(ps.owner[p])
			rowOf := func(w int) int { return ((w-1)*groups+g)*int(numOwners) + owner }
			switch {
			case earliest > horizon:
				failed = true
			case capacity <= 0: // unlimited: done in the week it may start
				start[j], end[j] = int32(earliest), int32(earliest)
				load[rowOf(earliest)] += js.effort[j]
			default:
				base := p * (horizon + 2)
				// First walk: does the effort fit before the horizon ends?
				rem, last := js.effort[j], 0
				first := find(p, earliest)
				for w := first; rem > 0 && w <= horizon; w = find(p, w+1) {
					rem -= min(capacity-used[base+w], rem)
					last = w
				}
				if rem > 0 {
					failed = true
					break
				}
				// Second walk: commit.
				rem = js.effort[j]
				for w := first; rem > 0; w = find(p, w+1) {
					take := min(capacity-used[base+w], rem)
					used[base+w] += take
					rem -= take
					load[rowOf(w)] += take
					if used[base+w] == capacity {
						next[base+w] = int32(w + 1)
					}
				}
				start[j], end[j] = int32(first), int32(last)
				if p == ps.team {
					served[g] += js.effort[j]
				}
			}
		}
		if failed {
			end[j] = failedEnd
		}
		for _, d := range dependents[dstart[j]:dstart[j+1]] {
			waiting[d]--
			if waiting[d] == 0 {
				heads[js.group[d]].Push(key(int(d)))
			}
		}
	}
	stuck = -1
	for j := range n {
		if end[j] == failedEnd {
			end[j] = 0
		}
		if waiting[j] > 0 && stuck < 0 {
			stuck = j
		}
	}
	return start, end, load, stuck
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
