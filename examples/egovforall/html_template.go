package main

import (
	_ "embed" // the page's style sheet
	"html/template"
)

// htmlStyle is the page's style sheet, inline in the page: html.css.
//
//go:embed html.css
var htmlStyle string

// htmlTemplate is the page. It is written as well-formed XML too (every
// element closed, every attribute quoted, no entity but XML's), so that a
// test can parse the whole page with encoding/xml. The style sheet is
// inline and the page loads nothing: no script, font, image or style. On
// paper (A4) each municipality starts a page and the navigation is left
// out.
var htmlTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{{.W.Title}}</title>
<style>
{{.Style}}
</style>
</head>
<body>
<header class="top">
<h1>{{.W.Title}}</h1>
<p>{{.Intro}}</p>
{{- if .Answers}}
<p>{{.Answers}}</p>
{{- if .Updates}}
<p>{{.W.Updates}}</p>
<ul>
{{- range .Updates}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
{{- end}}
</header>
<main>
<nav aria-label="{{.H.Contents}}">
<ul>
<li><a href="#pilots">{{.H.Overview}}</a></li>
{{- range .Municipalities}}
<li><a href="#{{.Key}}">{{.Name}}</a></li>
{{- end}}
<li><a href="#portfolio">{{.W.PortfolioHeading}}</a></li>
</ul>
</nav>

<section id="pilots">
<h2>{{.H.Overview}}</h2>
<div class="table-wrap" role="region" aria-label="{{.H.Overview}}" tabindex="0">
<table>
<thead><tr><th scope="col">{{.W.ColName}}</th><th scope="col">{{.W.ColStatus}}</th><th scope="col">{{.W.ColDistrict}}</th><th scope="col" class="num">{{.W.ColPopulation}}</th><th scope="col">{{.H.ColVisited}}</th><th scope="col" class="num">{{.W.ColScore}}</th><th scope="col">{{.W.ColBand}}</th><th scope="col" class="num">{{.W.ColRange}}</th></tr></thead>
<tbody>
{{- range .Pilots}}
<tr><th scope="row">{{if .HasSection}}<a href="#{{.Key}}">{{.Name}}</a>{{else}}{{.Name}}{{end}}</th><td>{{.Status}}</td><td>{{.District}}</td><td class="num">{{.Population}}</td><td>{{.Visited}}</td><td class="num">{{.Score}}</td><td>{{.Band}}</td><td class="num">{{.Range}}</td></tr>
{{- end}}
</tbody>
</table>
</div>
{{- if .Illustrative}}
<p class="note">{{.Illustrative}}</p>
{{- end}}
{{- if .AwaitingVisit}}
<p>{{.AwaitingVisit}}</p>
{{- end}}
</section>
{{range .Municipalities}}
<section class="municipality" id="{{.Key}}" aria-labelledby="{{.Key}}-h">
<h2 id="{{.Key}}-h">{{.Name}}</h2>
<h3>{{$.H.Visit}}: {{.VisitLine}}</h3>
<ul>
{{- if .Team}}
<li>{{$.W.Team}}: {{.Team}}</li>
{{- end}}
{{- if .Source}}
<li>{{$.W.Source}}: <a href="{{.Source}}">{{.Source}}</a></li>
{{- end}}
{{- range .Findings}}
<li>{{.}}</li>
{{- end}}
</ul>

<h3>{{$.H.Maturity}}</h3>
<div class="charts">
<figure>{{.Gauge}}</figure>
<figure>{{.Radar}}</figure>
<figure>{{.Ladder}}</figure>
</div>
<details>
<summary>{{$.H.AsTable}}</summary>
{{template "table" .ScoreRows}}
{{template "table" .Dimensions}}
{{template "table" .Levels}}
</details>
<ul>
{{- range .Figures}}
<li>{{.}}</li>
{{- end}}
</ul>

<h3>{{$.H.PlanByWeek}}</h3>
<p>{{.StepsFit}}.</p>
{{- if .Steps.Rows}}
<figure class="wide"><div class="scroll" role="region" aria-label="{{.Steps.Caption}}" tabindex="0">{{.Gantt}}</div></figure>
<details>
<summary>{{$.H.AsTable}}</summary>
{{template "table" .Steps}}
</details>
{{- end}}
{{- if .Deferred}}
<p>{{$.W.NotInPortfolio}}</p>
<ul>
{{- range .Deferred}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
{{- if .Steps.Rows}}

<h3>{{$.H.GainsHeading}}</h3>
<figure class="wide"><div class="scroll" role="region" aria-label="{{.GainRows.Caption}}" tabindex="0">{{.Gains}}</div></figure>
<details>
<summary>{{$.H.AsTable}}</summary>
{{template "table" .GainRows}}
</details>
{{- end}}

<h3>{{$.W.Priorities}}</h3>
<ul class="priorities">
{{- range .Priorities}}
<li><strong>{{.Line}}</strong>{{if .Asked}}<br/><span class="note">{{.Asked}}</span>{{end}}
{{- if .Steps}}
<ul>
{{- range .Steps}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
</li>
{{- end}}
</ul>

<h3>{{$.H.ActionPlan}}</h3>
<p>{{$.H.ActionIntro}}</p>
{{template "table" .Actions}}
</section>
{{end}}
<section class="portfolio" id="portfolio">
<h2>{{.W.PortfolioHeading}}</h2>
<p>{{.Portfolio.Intro}}</p>
<h3>{{.H.LoadHeading}}</h3>
<figure class="wide"><div class="scroll" role="region" aria-label="{{.H.LoadHeading}}" tabindex="0">{{.Portfolio.Load}}</div></figure>
<details>
<summary>{{.H.AsTable}}</summary>
{{template "table" .Portfolio.Table}}
</details>
</section>
</main>
<footer>
<p>{{.H.Footer}}</p>
</footer>
</body>
</html>
{{define "table"}}<div class="table-wrap" role="region" aria-label="{{.Caption}}" tabindex="0">
<table>
<caption>{{.Caption}}</caption>
<thead><tr>{{range $i, $h := .Header}}<th scope="col"{{with index $.Class $i}} class="{{.}}"{{end}}>{{$h}}</th>{{end}}</tr></thead>
<tbody>
{{- range .Rows}}
<tr>{{range $i, $c := .}}<td{{with index $.Class $i}} class="{{.}}"{{end}}>{{$c}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table>
</div>{{end}}`))
