package graph

// MinHeap is a binary min-heap of ints, typed so that pushing and popping
// neither boxes values nor goes through an interface as container/heap does.
// The zero value is an empty heap ready to use.
type MinHeap struct {
	items []int
}

// Len reports how many items the heap holds.
func (h *MinHeap) Len() int { return len(h.items) }

// Push adds x to the heap. The items above x's place move down one
// level each, and x is written once: a scheduler pushes and pops a
// hundred thousand times.
func (h *MinHeap) Push(x int) {
	h.items = append(h.items, x)
	items := h.items
	i := len(items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if items[p] <= x {
			break
		}
		items[i] = items[p]
		i = p
	}
	items[i] = x
}

// Pop removes and returns the smallest item. It must not be called on an
// empty heap. The last item moves down from the top as Push moves up.
func (h *MinHeap) Pop() int {
	items := h.items
	top, last := items[0], len(items)-1
	x := items[last]
	items = items[:last]
	h.items = items
	if last == 0 {
		return top
	}
	i := 0
	for {
		m := 2*i + 1
		if m >= last {
			break
		}
		if r := m + 1; r < last && items[r] < items[m] {
			m = r
		}
		if x <= items[m] {
			break
		}
		items[i] = items[m]
		i = m
	}
	items[i] = x
	return top
}

// Peek returns the smallest item without removing it. It must not be
// called on an empty heap.
func (h *MinHeap) Peek() int { return h.items[0] }
