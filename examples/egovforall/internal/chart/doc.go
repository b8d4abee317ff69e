// Package chart draws the charts of the example's HTML report as SVG:
// a score gauge, a radar of dimensions, a ladder of levels, a Gantt chart
// by week, horizontal bars and a stacked weekly load against capacity.
//
// Every chart is a pure function from a plain struct to SVG markup: the
// caller passes words already in the reader's language and numbers as exact
// decimals with the labels to print beside them (or a Format for axis
// ticks), so that a Serbian report reads "1.234,5" and the chart never
// rounds a figure of its own. Coordinates are the only floating-point
// numbers here: they place shapes, and no printed figure comes from them.
//
// The markup is written by hand through html/template, so every word is
// escaped for its context, and each chart is one <svg role="img"> element
// named by its <title> and <desc> (aria-labelledby), with no script and no
// fetched resource. A chart says what a table says too: the report puts
// the same figures in a table beside each chart.
//
// Colours are the Okabe–Ito palette, which stays distinguishable with the
// common colour-vision deficiencies; each series or kind also has its own
// texture of lines or dots (and the Gantt chart a letter), and what is not
// known is grey with a dashed outline and labelled, so that no distinction
// rests on colour alone and greyscale print keeps them apart. Textures are
// drawn as lines, not SVG patterns, which printing to PDF expands at every
// use into megabytes.
//
// The zero value of every input struct draws an empty chart with no title,
// never a panic; inputs are not changed.
package chart
