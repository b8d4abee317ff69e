package graph_test

import (
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/internal/graph"
)

// dag draws a graph whose edges only point from a node to nodes before it in
// a random permutation, so it is acyclic.
func dag(t *rapid.T) (int, [][]int) {
	n := rapid.IntRange(0, 30).Draw(t, "n")
	perm := rapid.Permutation(rangeN(n)).Draw(t, "perm")
	prereqs := make([][]int, n)
	for pos := 1; pos < n; pos++ {
		for _, before := range rapid.SliceOfNDistinct(rapid.IntRange(0, pos-1), 0, 4, rapid.ID[int]).Draw(t, "edges") {
			prereqs[perm[pos]] = append(prereqs[perm[pos]], perm[before])
		}
	}
	return n, prereqs
}

func rangeN(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// slowOrder is the obviously right reference: repeatedly place the smallest
// node whose prerequisites are all placed.
func slowOrder(n int, prereqs [][]int) []int {
	placed := make([]bool, n)
	var order []int
	for len(order) < n {
		found := false
		for i := 0; i < n && !found; i++ {
			if placed[i] {
				continue
			}
			ready := true
			for _, j := range prereqs[i] {
				ready = ready && placed[j]
			}
			if ready {
				placed[i] = true
				order = append(order, i)
				found = true
			}
		}
		if !found {
			return nil
		}
	}
	return order
}

func TestOrderMatchesReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n, prereqs := dag(t)
		order, cycle := graph.Order(n, prereqs)
		if cycle != nil {
			t.Fatalf("cycle %v reported in an acyclic graph", cycle)
		}
		if want := slowOrder(n, prereqs); !slices.Equal(order, want) && (len(order) != 0 || len(want) != 0) {
			t.Fatalf("order %v, reference %v", order, want)
		}
		pos := make([]int, n)
		for p, i := range order {
			pos[i] = p
		}
		for i, ps := range prereqs {
			for _, j := range ps {
				if pos[j] >= pos[i] {
					t.Fatalf("%d placed before its prerequisite %d", i, j)
				}
			}
		}
	})
}

func TestOrderReportsARealCycle(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n, prereqs := dag(t)
		if n < 1 {
			n, prereqs = 1, [][]int{nil}
		}
		k := rapid.IntRange(1, min(n, 5)).Draw(t, "k")
		members := rapid.SliceOfNDistinct(rapid.IntRange(0, n-1), k, k, rapid.ID[int]).Draw(t, "members")
		for m, i := range members {
			prereqs[i] = append(prereqs[i], members[(m+1)%k])
		}
		order, cycle := graph.Order(n, prereqs)
		if order != nil || len(cycle) == 0 {
			t.Fatalf("order %v, cycle %v: want a cycle", order, cycle)
		}
		if slices.Min(cycle) != cycle[0] {
			t.Fatalf("cycle %v does not start from its smallest node", cycle)
		}
		seen := map[int]bool{}
		for c, i := range cycle {
			if seen[i] {
				t.Fatalf("cycle %v repeats %d", cycle, i)
			}
			seen[i] = true
			next := cycle[(c+1)%len(cycle)]
			if !slices.Contains(prereqs[i], next) {
				t.Fatalf("cycle %v: %d does not require %d", cycle, i, next)
			}
		}
	})
}

func TestAncestors(t *testing.T) {
	prereqs := [][]int{nil, {0}, {1}, {0}, {2, 3}}
	if got := graph.Ancestors(5, prereqs, 4); !slices.Equal(got, []int{0, 1, 2, 3}) {
		t.Errorf("Ancestors(4) = %v", got)
	}
	if got := graph.Ancestors(5, prereqs, 0); len(got) != 0 {
		t.Errorf("Ancestors(0) = %v", got)
	}
	if got := graph.Ancestors(5, prereqs, 9); got != nil {
		t.Errorf("Ancestors(9) = %v", got)
	}
}

func TestMinHeapSorts(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		xs := rapid.SliceOf(rapid.IntRange(-50, 50)).Draw(t, "xs")
		var h graph.MinHeap
		for _, x := range xs {
			h.Push(x)
		}
		var got []int
		for h.Len() > 0 {
			got = append(got, h.Pop())
		}
		want := slices.Clone(xs)
		slices.Sort(want)
		if !slices.Equal(got, want) && len(xs) > 0 {
			t.Fatalf("popped %v, want %v", got, want)
		}
	})
}
