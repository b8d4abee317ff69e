package graph

// Order returns a topological order of the nodes 0..n-1, where prereqs[i]
// lists the nodes that must come before node i. Among the nodes that are ready
// at the same time the smallest index comes first (Kahn's algorithm with a
// min-heap), so the order is a pure function of the input.
//
// If the graph has a cycle, Order returns a nil order and one cycle: the nodes
// of the cycle, starting from its smallest index, each requiring the next and
// the last requiring the first. Indices out of range in prereqs are the
// caller's bug and are ignored.
func Order(n int, prereqs [][]int) (order []int, cycle []int) {
	if n <= 0 {
		return []int{}, nil
	}
	indegree := make([]int, n)
	// dependents[j] lists the nodes that require j, as one flat slice with
	// offsets, so that building it costs two allocations however big the graph.
	start := make([]int, n+1)
	for i := 0; i < n && i < len(prereqs); i++ {
		for _, j := range prereqs[i] {
			if j >= 0 && j < n {
				start[j+1]++
				indegree[i]++
			}
		}
	}
	for j := 1; j <= n; j++ {
		start[j] += start[j-1]
	}
	dependents := make([]int, start[n])
	fill := make([]int, n)
	copy(fill, start[:n])
	for i := 0; i < n && i < len(prereqs); i++ {
		for _, j := range prereqs[i] {
			if j >= 0 && j < n {
				dependents[fill[j]] = i
				fill[j]++
			}
		}
	}

	ready := MinHeap{}
	for i := 0; i < n; i++ {
		if indegree[i] == 0 {
			ready.Push(i)
		}
	}
	order = make([]int, 0, n)
	for ready.Len() > 0 {
		i := ready.Pop()
		order = append(order, i)
		for _, d := range dependents[start[i]:start[i+1]] {
			indegree[d]--
			if indegree[d] == 0 {
				ready.Push(d)
			}
		}
	}
	if len(order) == n {
		return order, nil
	}
	return nil, findCycle(n, prereqs, indegree)
}

// findCycle walks from the smallest node left over by Kahn's algorithm. Every
// leftover node still has a leftover prerequisite, so following the smallest
// one must revisit a node; the revisited stretch is a cycle.
func findCycle(n int, prereqs [][]int, indegree []int) []int {
	left := func(i int) bool { return indegree[i] > 0 }
	startNode := -1
	for i := 0; i < n; i++ {
		if left(i) {
			startNode = i
			break
		}
	}
	if startNode < 0 {
		return nil
	}
	seenAt := make(map[int]int)
	var path []int
	for cur := startNode; ; {
		if at, ok := seenAt[cur]; ok {
			return rotateToSmallest(path[at:])
		}
		seenAt[cur] = len(path)
		path = append(path, cur)
		next := -1
		for _, j := range prereqs[cur] {
			if j >= 0 && j < n && left(j) && (next < 0 || j < next) {
				next = j
			}
		}
		if next < 0 {
			return nil // cannot happen for a leftover node
		}
		cur = next
	}
}

func rotateToSmallest(c []int) []int {
	m := 0
	for i := range c {
		if c[i] < c[m] {
			m = i
		}
	}
	out := make([]int, 0, len(c))
	out = append(out, c[m:]...)
	return append(out, c[:m]...)
}

// Ancestors returns every node that node i requires, directly or through
// others, in increasing index order. It does not include i itself unless i is
// on a cycle.
func Ancestors(n int, prereqs [][]int, i int) []int {
	if i < 0 || i >= n {
		return nil
	}
	seen := make([]bool, n)
	stack := []int{i}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if cur >= len(prereqs) {
			continue
		}
		for _, j := range prereqs[cur] {
			if j >= 0 && j < n && !seen[j] {
				seen[j] = true
				stack = append(stack, j)
			}
		}
	}
	var out []int
	for j, s := range seen {
		if s {
			out = append(out, j)
		}
	}
	return out
}
