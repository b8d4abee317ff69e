package plan

import "github.com/digitaldistrict/egovkit/internal/graph"

// readyQueues hold the scheduler's ready jobs: a heap per municipality and
// owner (queue g*3+k for municipality g and the k-th owner), keyed by
// class, then job index (class<<32 | job); and a tournament tree over the
// queues that keeps the queue whose head goes first among those that may
// start a job: not empty, and with room left in its pools this week.
//
// The scheduler starts a job a hundred thousand times in a large
// portfolio, and scanning every queue each time cost more than the rest of
// the choice: the tree finds the queue in one look and mends only the
// paths of the queues a start changed, the one it took from, those of the
// municipality whose share of the team grew, and, once in a week, those of
// a pool with no room left.
//
// The order is that of the scheduler: the lower class; then the
// municipality that has received the least of the team (served); then the
// lower municipality; then the lower job index, which within one queue is
// plan order. Job indices are unique, so there are no ties.
type readyQueues struct {
	heaps []graph.MinHeap
	// pool and share are the pools the jobs of each queue draw on, the same
	// for all of them (share -1 for none, pool -1 for a queue with no job).
	pool, share []int32
	// byPool lists the queues that draw on each pool, as pool or share.
	byPool [][]int32
	// head is the key of each queue's first job, kept for the queues in
	// the tree.
	head []int
	// tree[size+q] is q when queue q may start a job, -1 otherwise; every
	// other node is the better of its two children, so tree[1] is the
	// queue whose head goes first, -1 for none.
	tree []int32
	size int
	// served and left belong to the scheduler: the team capacity each
	// municipality has received, and the room each pool has left in the
	// current week.
	served, left []int64
}

// newReadyQueues returns empty queues for the given number of
// municipalities, with the pools of each queue.
func newReadyQueues(groups int, pool, share []int32, pools int, served, left []int64) *readyQueues {
	n := groups * 3
	size := 1
	for size < n {
		size *= 2
	}
	rq := &readyQueues{heaps: make([]graph.MinHeap, n), pool: pool, share: share, byPool: make([][]int32, pools),
		head: make([]int, n), tree: make([]int32, 2*size), size: size, served: served, left: left}
	for q := range n {
		if pool[q] >= 0 {
			rq.byPool[pool[q]] = append(rq.byPool[pool[q]], int32(q))
			if share[q] >= 0 {
				rq.byPool[share[q]] = append(rq.byPool[share[q]], int32(q))
			}
		}
	}
	for i := range rq.tree {
		rq.tree[i] = -1
	}
	return rq
}

// push adds the job with key to queue q. The tree learns of it at the next
// rebuild.
func (rq *readyQueues) push(q, key int) { rq.heaps[q].Push(key) }

// rebuild sets the whole tree, as a week starts: the queues have their new
// jobs, and left the pools' room for the week.
func (rq *readyQueues) rebuild() {
	for q := range rq.heaps {
		rq.tree[rq.size+q] = rq.leaf(q)
	}
	for i := rq.size - 1; i >= 1; i-- {
		rq.tree[i] = rq.better(rq.tree[2*i], rq.tree[2*i+1])
	}
}

// best returns the queue whose head goes first, -1 for none.
func (rq *readyQueues) best() int { return int(rq.tree[1]) }

// pop takes the first job of queue q and returns its key. The tree
// learns of it at the next update of q (servedMore of its municipality
// updates q too), once what the start changed is known.
func (rq *readyQueues) pop(q int) int { return rq.heaps[q].Pop() }

// exhausted mends the tree once pool p has no room left this week.
func (rq *readyQueues) exhausted(p int) {
	for _, q := range rq.byPool[p] {
		if rq.tree[rq.size+int(q)] >= 0 {
			rq.update(int(q))
		}
	}
}

// servedMore mends the tree once municipality g has received more of the
// team: its three queues, whose leaves are next to each other, and the
// paths above them, which soon meet.
func (rq *readyQueues) servedMore(g int) { rq.updateRange(3*g, 3*g+2) }

// leaf returns q when queue q may start a job, and keeps its head; -1
// otherwise.
func (rq *readyQueues) leaf(q int) int32 {
	if rq.heaps[q].Len() == 0 || rq.left[rq.pool[q]] <= 0 || rq.share[q] >= 0 && rq.left[rq.share[q]] <= 0 {
		return -1
	}
	rq.head[q] = rq.heaps[q].Peek()
	return int32(q)
}

// update sets queue q's leaf again and mends the path above it.
func (rq *readyQueues) update(q int) { rq.updateRange(q, q) }

// updateRange sets the leaves of queues lo to hi again and mends the paths
// above them, each node once.
func (rq *readyQueues) updateRange(lo, hi int) {
	for q := lo; q <= hi; q++ {
		rq.tree[rq.size+q] = rq.leaf(q)
	}
	for lo, hi = (rq.size+lo)/2, (rq.size+hi)/2; lo >= 1; lo, hi = lo/2, hi/2 {
		for i := lo; i <= hi; i++ {
			rq.tree[i] = rq.better(rq.tree[2*i], rq.tree[2*i+1])
		}
	}
}

// better returns the queue of a and b whose head goes first, either when
// the other is -1.
func (rq *readyQueues) better(a, b int32) int32 {
	switch {
	case a < 0:
		return b
	case b < 0:
		return a
	}
	ha, hb := rq.head[a], rq.head[b]
	if ca, cb := ha>>32, hb>>32; ca != cb {
		return pick(ca < cb, a, b)
	}
	ga, gb := a/3, b/3
	if sa, sb := rq.served[ga], rq.served[gb]; sa != sb {
		return pick(sa < sb, a, b)
	}
	if ga != gb {
		return pick(ga < gb, a, b)
	}
	return pick(ha < hb, a, b)
}

// pick returns a when first is true, b otherwise.
func pick(first bool, a, b int32) int32 {
	if first {
		return a
	}
	return b
}
