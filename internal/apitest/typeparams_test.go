package apitest

import (
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"
)

// linesOf lists the exported declarations of one source file.
func linesOf(t *testing.T, src string) []string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	return fileLines(fset, f)
}

// TestTypeParametersAreListed checks that a type's parameters and their
// constraints appear in the listing, so that changing one changes a line.
func TestTypeParametersAreListed(t *testing.T) {
	before := linesOf(t, "package p\ntype Set[K comparable, V any] struct{ N int }\ntype Pair[A, B any] = struct{}\n")
	after := linesOf(t, "package p\ntype Set[K any, V any] struct{ N int }\ntype Pair[A, B ~int] = struct{}\n")
	for _, want := range []string{
		"pkg p, type Set[K comparable, V any] struct",
		"pkg p, type Set[K comparable, V any] struct, N int",
		"pkg p, type Pair[A, B any] = struct{}",
	} {
		if !slices.Contains(before, want) {
			t.Errorf("listing lacks %q:\n\t%s", want, strings.Join(before, "\n\t"))
		}
	}
	for _, l := range before {
		if strings.Contains(l, "?") {
			t.Errorf("listing line %q has a ?", l)
		}
		if slices.Contains(after, l) {
			t.Errorf("line %q did not change with the type parameters", l)
		}
	}
}
