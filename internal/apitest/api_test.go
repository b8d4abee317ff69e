package apitest

import (
	"bytes"
	"flag"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite api/egovkit.txt from the source")

const listing = "../../api/egovkit.txt"

// packages are the public packages, by directory relative to this one.
var packages = []string{"egov", "maturity", "plan", "questionnaire"}

func TestAPIListing(t *testing.T) {
	var lines []string
	for _, dir := range packages {
		lines = append(lines, apiOf(t, dir)...)
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	got := strings.Join(lines, "\n") + "\n"
	if *update {
		if err := os.WriteFile(listing, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wantBytes, err := os.ReadFile(listing)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/apitest -update to create it)", err)
	}
	want := strings.Split(strings.TrimSuffix(string(wantBytes), "\n"), "\n")
	var removed, added []string
	for _, l := range want {
		if _, found := slices.BinarySearch(lines, l); !found {
			removed = append(removed, l)
		}
	}
	for _, l := range lines {
		if !slices.Contains(want, l) {
			added = append(added, l)
		}
	}
	if len(removed) > 0 {
		t.Errorf("incompatible API change: these declarations were removed or changed:\n\t%s\n"+
			"If that is intended, it needs a new major version; regenerate the listing with "+
			"go test ./internal/apitest -update.", strings.Join(removed, "\n\t"))
	}
	if len(added) > 0 {
		t.Errorf("the API grew; record it with go test ./internal/apitest -update:\n\t%s", strings.Join(added, "\n\t"))
	}
}

// apiOf lists the exported declarations of the package in dir.
func apiOf(t *testing.T, dir string) []string {
	t.Helper()
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, filepath.Join("..", "..", dir), func(fi os.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, pkg := range pkgs {
		for _, f := range pkg.Files {
			out = append(out, fileLines(fset, f)...)
		}
	}
	return out
}

// fileLines lists the exported declarations of one parsed file.
func fileLines(fset *token.FileSet, f *ast.File) []string {
	prefix := "pkg " + f.Name.Name + ", "
	var out []string
	for _, decl := range f.Decls {
		out = append(out, declLines(fset, prefix, decl)...)
	}
	return out
}

// typeParams formats a type's parameters and their constraints as Go
// writes them, "[K comparable, V any]", or "" for a type without any.
// go/printer prints expressions and declarations, not a bare field list.
func typeParams(fset *token.FileSet, fl *ast.FieldList) string {
	if fl == nil || len(fl.List) == 0 {
		return ""
	}
	groups := make([]string, 0, len(fl.List))
	for _, f := range fl.List {
		names := make([]string, len(f.Names))
		for i, n := range f.Names {
			names[i] = n.Name
		}
		groups = append(groups, strings.Join(names, ", ")+" "+text(fset, f.Type))
	}
	return "[" + strings.Join(groups, ", ") + "]"
}

func text(fset *token.FileSet, node any) string {
	var b bytes.Buffer
	if err := printer.Fprint(&b, fset, node); err != nil {
		return "?"
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func declLines(fset *token.FileSet, prefix string, decl ast.Decl) []string {
	var out []string
	switch d := decl.(type) {
	case *ast.FuncDecl:
		if !d.Name.IsExported() {
			return nil
		}
		sig := strings.TrimPrefix(text(fset, d.Type), "func")
		if d.Recv != nil {
			recv := text(fset, d.Recv.List[0].Type)
			base := strings.TrimLeft(recv, "*")
			if i := strings.Index(base, "["); i >= 0 {
				base = base[:i]
			}
			if !ast.IsExported(base) {
				return nil
			}
			return []string{prefix + "method (" + recv + ") " + d.Name.Name + sig}
		}
		return []string{prefix + "func " + d.Name.Name + sig}
	case *ast.GenDecl:
		var lastType string
		var lastValues []ast.Expr
		for pos, spec := range d.Specs {
			switch s := spec.(type) {
			case *ast.TypeSpec:
				if !s.Name.IsExported() {
					continue
				}
				name := s.Name.Name + typeParams(fset, s.TypeParams)
				if s.Assign.IsValid() {
					out = append(out, prefix+"type "+name+" = "+text(fset, s.Type))
					continue
				}
				switch ty := s.Type.(type) {
				case *ast.StructType:
					out = append(out, prefix+"type "+name+" struct")
					for _, fld := range ty.Fields.List {
						for _, n := range fld.Names {
							if n.IsExported() {
								out = append(out, prefix+"type "+name+" struct, "+n.Name+" "+text(fset, fld.Type))
							}
						}
					}
				case *ast.InterfaceType:
					out = append(out, prefix+"type "+name+" interface")
					for _, m := range ty.Methods.List {
						for _, n := range m.Names {
							if n.IsExported() {
								out = append(out, prefix+"type "+name+" interface, "+n.Name+strings.TrimPrefix(text(fset, m.Type), "func"))
							}
						}
					}
				default:
					out = append(out, prefix+"type "+name+" "+text(fset, s.Type))
				}
			case *ast.ValueSpec:
				kind := "var"
				if d.Tok == token.CONST {
					kind = "const"
				}
				if s.Type != nil {
					lastType = text(fset, s.Type)
				} else if len(s.Values) > 0 {
					lastType = ""
				}
				if len(s.Values) > 0 {
					lastValues = s.Values
				}
				for i, n := range s.Names {
					if !n.IsExported() {
						continue
					}
					line := prefix + kind + " " + n.Name
					if lastType != "" {
						line += " " + lastType
					}
					if kind == "const" && i < len(lastValues) {
						// An enum's values matter: iota is written as the number it is.
						if v := text(fset, lastValues[i]); v == "iota" {
							line += " = " + strconv.Itoa(pos)
						} else {
							line += " = " + v
						}
					}
					out = append(out, line)
				}
			}
		}
	}
	return out
}
