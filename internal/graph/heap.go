package graph

// MinHeap is a binary min-heap of ints, typed so that pushing and popping
// neither boxes values nor goes through an interface as container/heap does.
// The zero value is an empty heap ready to use.
type MinHeap struct {
	items []int
}

// Len reports how many items the heap holds.
func (h *MinHeap) Len() int { return len(h.items) }

// Push adds x to the heap.
func (h *MinHeap) Push(x int) {
	h.items = append(h.items, x)
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h.items[p] <= h.items[i] {
			break
		}
		h.items[p], h.items[i] = h.items[i], h.items[p]
		i = p
	}
}

// Pop removes and returns the smallest item. It must not be called on an
// empty heap.
func (h *MinHeap) Pop() int {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < last && h.items[l] < h.items[m] {
			m = l
		}
		if r < last && h.items[r] < h.items[m] {
			m = r
		}
		if m == i {
			return top
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
}

// Peek returns the smallest item without removing it. It must not be
// called on an empty heap.
func (h *MinHeap) Peek() int { return h.items[0] }
