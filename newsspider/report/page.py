"""The report as one self-contained HTML page: inline CSS, inline SVG, a few lines of script.

Nothing is fetched: a Content-Security-Policy forbids every network source,
so a stray reference would show as an error rather than a silent request.
The inline script only checks the page (``data-*`` attributes on
``<body>``: script errors, policy violations, charts that draw nothing), for
the headless-browser test and for whoever wonders whether the page is whole.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from html import escape

from newsspider.report.archive import ArchiveFigures, DayStats, FailedRun
from newsspider.report.charts import Series, freshness_lines, horizontal_bars, stacked_bars
from newsspider.report.tally import StoryTally, quantile

#: Failed runs listed in full; older ones are counted.
FAILED_RUNS_SHOWN = 100
#: Outcome reasons charted per site; the rest are summed as "other".
REASONS_SHOWN = 12

VERSION_SERIES = (("new", "new", "#2f6fdb"), ("changed", "changed", "#f0a030"),
                  ("removed", "tombstoned", "#d64545"), ("unversioned", "exported (full run)", "#8a97a8"))
GROUP_COLORS = {"dropped": "#f0a030", "skipped": "#8a97a8", "failed": "#d64545"}

STYLE = """
:root{--ink:#1d2433;--muted:#5f6b7d;--line:#e3e7ee;--bg:#f6f7fa;--card:#fff;--bad:#c62f2f;--good:#1f8a4c}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,
"Helvetica Neue",Arial,sans-serif}
main{max-width:1180px;margin:0 auto;padding:24px 20px 60px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:0 0 12px}h3{font-size:14px;margin:0 0 6px;color:var(--muted);
font-weight:600;text-transform:uppercase;letter-spacing:.04em}
.sub{color:var(--muted);margin:0 0 20px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin-bottom:22px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px}
.card b{display:block;font-size:24px;font-variant-numeric:tabular-nums}.card span{color:var(--muted)}
.card.bad b{color:var(--bad)}.card.good b{color:var(--good)}
section{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:18px 20px;margin-bottom:20px}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:18px 26px}
@media (max-width:900px){.grid2{grid-template-columns:1fr}}
svg.chart{width:100%;height:auto;display:block}
svg .grid{stroke:#e8ebf0;stroke-width:1}svg .tick{fill:#7a8597;font-size:11px}
svg .label{fill:var(--ink);font-size:12px}svg .value{fill:var(--muted);font-size:12px}
svg .mark:hover{opacity:.75}
.legend{display:flex;flex-wrap:wrap;gap:12px;margin:4px 0 8px;color:var(--muted);font-size:12px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{padding:6px 6px;border-bottom:1px solid var(--line);text-align:right;vertical-align:top;white-space:nowrap}
td.why{white-space:normal}
th{color:var(--muted);font-weight:600;font-size:12px;background:#fafbfc;position:sticky;top:0;white-space:normal;
vertical-align:bottom}
td.l,th.l{text-align:left}
tr.failed td.status{color:var(--bad);font-weight:600}
.reasons{margin:0;padding-left:18px;text-align:left}.reasons li{margin:1px 0}
.meter{display:grid;grid-template-columns:150px 1fr 56px;align-items:center;gap:10px;margin:7px 0}
.meter .bar{height:10px;background:#edf0f5;border-radius:5px;overflow:hidden}
.meter .bar span{display:block;height:100%;background:#2f6fdb;border-radius:5px}
.meter em{font-style:normal;text-align:right;font-variant-numeric:tabular-nums}
.big{font-size:22px;font-weight:600;font-variant-numeric:tabular-nums}
.note,.empty{color:var(--muted)}.ok{color:var(--good)}
details{margin-top:14px}summary{cursor:pointer;color:#2f6fdb}
.wide{overflow-x:auto}
.scroll{max-height:420px;overflow:auto;font-size:13px;border:1px solid var(--line);border-radius:8px;margin-top:8px}
code{font-size:12px;background:#f0f2f6;padding:1px 4px;border-radius:4px}
"""

#: Runs first, in <head>, so that it sees every error of the page.
CHECK_SCRIPT = """
(function(){
  var problems=[];
  function note(m){problems.push(String(m));}
  window.addEventListener('error',function(e){note('script error: '+(e.message||e.type));});
  document.addEventListener('securitypolicyviolation',function(e){note('blocked '+e.blockedURI);});
  window.addEventListener('load',function(){
    var charts=document.querySelectorAll('svg.chart'),empty=[];
    charts.forEach(function(svg){
      var drawn=0;
      svg.querySelectorAll('.mark').forEach(function(m){
        var b=m.getBBox();
        if(b.width>0&&(b.height>0||m.tagName==='polyline'))drawn++;
      });
      if(!drawn)empty.push(svg.id);
    });
    var body=document.body;
    body.setAttribute('data-charts',String(charts.length));
    body.setAttribute('data-empty-charts',empty.join(' '));
    body.setAttribute('data-problems',problems.join(' | '));
    body.setAttribute('data-checked','yes');
  });
})();
"""


def render(figures: ArchiveFigures, generated: datetime) -> str:
    days = day_range(d for site in figures.days.values() for d, stats in site.items() if stats.runs
                     or stats.unsummarised_runs)
    sites = sorted(s for s, by_day in figures.days.items()
                   if any(d.runs or d.unsummarised_runs for d in by_day.values()))
    period = f"{days[0]} to {days[-1]}" if days else "no runs found"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>newsspider health report</title>",
        f"<script>{CHECK_SCRIPT}</script><style>{STYLE}</style></head><body><main>",
        "<h1>newsspider health report</h1>",
        f'<p class="sub">Archive <code>{escape(str(figures.root))}</code> · {escape(period)} (UTC days) · '
        f"generated {escape(generated.strftime('%Y-%m-%d %H:%M UTC'))}</p>",
        _cards(figures, sites),
        _failed_runs(figures.failed_runs),
        _overview(figures, sites),
    ]
    parts += [_site(figures, site, index, days) for index, site in enumerate(sites)]
    if figures.unreadable:
        shown = "".join(f"<li><code>{escape(u)}</code></li>" for u in figures.unreadable[:50])
        parts.append(f"<section><h2>Unreadable files and lines ({len(figures.unreadable):,})</h2>"
                     f'<ul class="reasons">{shown}</ul></section>')
    parts.append("</main></body></html>")
    return "\n".join(parts)


def day_range(names: Iterable[str]) -> list[str]:
    """Every day from the first to the last (days without runs included), so
    that the charts of all sites share one time axis."""
    known = sorted(set(names))
    try:
        first, last = date.fromisoformat(known[0]), date.fromisoformat(known[-1])
    except (IndexError, ValueError):
        return known
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def _site_total(by_day: dict[str, DayStats]) -> tuple[StoryTally, int, int, int]:
    tally, runs, failed, unsummarised = StoryTally(), 0, 0, 0
    for stats in by_day.values():
        tally.merge(stats.tally)
        runs += stats.runs
        failed += stats.failed_runs
        unsummarised += stats.unsummarised_runs
    return tally, runs, failed, unsummarised


def _cards(figures: ArchiveFigures, sites: Sequence[str]) -> str:
    total, runs, failed, unsummarised = StoryTally(), 0, 0, 0
    for site in sites:
        tally, r, f, u = _site_total(figures.days[site])
        total.merge(tally)
        runs, failed, unsummarised = runs + r, failed + f, unsummarised + u
    c = total.counts
    cards = [
        ("", len(sites), "sites"), ("", runs, "runs with a summary"),
        ("bad" if failed else "good", failed, "failed runs"),
        ("", c["exported"], "lines exported"), ("", c["new"], "new stories"),
        ("", c["changed"], "changed stories"), ("", c["removed"], "tombstones"),
    ]
    if unsummarised:
        cards.append(("bad", unsummarised, "runs without a summary"))
    return '<div class="cards">' + "".join(
        f'<div class="card {cls}"><b>{value:,}</b><span>{label}</span></div>' for cls, value, label in cards) + "</div>"


def _failed_runs(runs: Sequence[FailedRun]) -> str:
    if not runs:
        return '<section><h2>Failed runs</h2><p class="ok">No run failed.</p></section>'
    rows = []
    for run in runs[:FAILED_RUNS_SHOWN]:
        reasons = "".join(f"<li>{escape(reason)}</li>" for reason in run.failures)
        rows.append(f'<tr class="failed"><td class="l">{escape(run.started[:19].replace("T", " "))}</td>'
                    f'<td class="l">{escape(run.spider)}</td><td class="l why"><ul class="reasons">{reasons}</ul></td>'
                    f'<td class="l"><code>{escape(run.path.name)}</code></td></tr>')
    more = (f'<p class="note">… and {len(runs) - FAILED_RUNS_SHOWN:,} older failed runs.</p>'
            if len(runs) > FAILED_RUNS_SHOWN else "")
    return (f"<section><h2>Failed runs ({len(runs):,}), most recent first</h2>"
            '<div class="scroll"><table><thead><tr><th class="l">started (UTC)</th><th class="l">site</th>'
            '<th class="l">why it failed</th><th class="l">run summary</th></tr></thead><tbody>'
            + "".join(rows) + f"</tbody></table></div>{more}</section>")


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"


def minutes_text(minutes: int | None) -> str:
    """``45 min``, ``5.5 h``, ``3.2 d``, ``1.4 y``."""
    if minutes is None:
        return "–"
    if minutes < 120:
        return f"{minutes} min"
    if minutes < 2880:
        return f"{minutes / 60:.1f} h"
    if minutes < 525600:
        return f"{minutes / 1440:.1f} d"
    return f"{minutes / 525600:.1f} y"


def chars_text(chars: int | None) -> str:
    return "–" if chars is None else f"{chars:,}"


#: Header cells of the table columns ``_tally_cells`` fills.
TALLY_HEADS = ("<th>exported</th><th>new</th><th>changed</th><th>tombstones</th>{between}<th>date with time</th>"
               "<th>authors</th><th>agency</th><th>median body</th><th>freshness median</th><th>p90</th>")


def _tally_cells(tally: StoryTally, between: str = "") -> str:
    """Versions, then ``between``, then coverage, body length and freshness."""
    c = tally.counts
    return (f"<td>{c['exported']:,}</td><td>{c['new']:,}</td><td>{c['changed']:,}</td><td>{c['removed']:,}</td>"
            f"{between}<td>{pct(c['timed'], c['articles'])}</td><td>{pct(c['authors'], c['articles'])}</td>"
            f"<td>{pct(c['agency'], c['articles'])}</td><td>{chars_text(quantile(tally.body_chars, 0.5))}</td>"
            f"<td>{minutes_text(quantile(tally.freshness, 0.5))}</td>"
            f"<td>{minutes_text(quantile(tally.freshness, 0.9))}</td>")


def _runs_cells(first: str, runs: int, failed: int) -> str:
    """The start of a row: its first cell, runs and failed runs (the row marked when some failed)."""
    return (f"<tr{' class=failed' if failed else ''}><td class='l'>{first}</td><td>{runs:,}</td>"
            f"<td class='status'>{failed:,}</td>")


def _overview(figures: ArchiveFigures, sites: Sequence[str]) -> str:
    head = ("<tr><th class='l'>site</th><th>runs</th><th>failed</th>" + TALLY_HEADS.format(between="")
            + "<th class='l'>last run</th></tr>")
    rows = []
    for site in sites:
        tally, runs, failed, _ = _site_total(figures.days[site])
        last = max((d for d, s in figures.days[site].items() if s.runs or s.unsummarised_runs), default="–")
        rows.append(_runs_cells(f"<a href='#site-{escape(site)}'>{escape(site)}</a>", runs, failed)
                    + _tally_cells(tally) + f"<td class='l'>{escape(last)}</td></tr>")
    return ("<section><h2>Sites</h2><div class='wide'><table><thead>" + head + "</thead><tbody>"
            + "".join(rows) + "</tbody></table></div>"
            "<p class='note'>Coverage is over exported articles (tombstones excluded); body length in characters; "
            "freshness is the time from <code>datePublished</code> to <code>dateDownloaded</code>, for "
            "dates with a time of day and an offset.</p></section>")


def _legend(items: Iterable[tuple[str, str]]) -> str:
    return "<div class='legend'>" + "".join(
        f"<span><i style='background:{color}'></i>{escape(label)}</span>" for label, color in items) + "</div>"


def _site(figures: ArchiveFigures, site: str, index: int, days: Sequence[str]) -> str:
    by_day = figures.days[site]
    tally, runs, failed, unsummarised = _site_total(by_day)
    empty_day = DayStats()
    daily = [by_day.get(d, empty_day) for d in days]
    return (f"<section id='site-{escape(site)}'><h2>{escape(site)}</h2>"
            f"<p class='sub'>{runs:,} runs, {failed:,} failed"
            + (f", {unsummarised:,} without a summary (killed, or still running)" if unsummarised else "")
            + "</p><div class='grid2'>"
            + _stories_chart(index, days, daily)
            + _outcomes_chart(index, by_day)
            + _freshness_chart(index, days, daily, tally)
            + _coverage(tally)
            + "</div>" + _daily_table(days, daily) + "</section>")


def _stories_chart(index: int, days: Sequence[str], daily: Sequence[DayStats]) -> str:
    series = [Series(label, color, [d.tally.counts[name] for d in daily]) for name, label, color in VERSION_SERIES]
    series = [s for s in series if any(s.values)]
    if not series:
        return "<div><h3>Stories exported per day</h3><p class='empty'>No story exported in this period.</p></div>"
    return ("<div><h3>Stories exported per day</h3>" + _legend((s.label, s.color) for s in series)
            + stacked_bars(f"stories-{index}", days, series) + "</div>")


def _outcomes_chart(index: int, by_day: dict[str, DayStats]) -> str:
    totals: Counter[tuple[str, str]] = Counter()
    for stats in by_day.values():
        totals.update(stats.outcomes)
    if not totals:
        return ("<div><h3>Requests not exported, by reason</h3>"
                "<p class='empty'>No article request was dropped, skipped or failed.</p></div>")
    top = totals.most_common(REASONS_SHOWN)
    rows = [(f"{group}: {reason}", n, GROUP_COLORS.get(group, "#8a97a8")) for (group, reason), n in top]
    rest = sum(totals.values()) - sum(n for _, n in top)
    if rest:
        rows.append(("other reasons", rest, "#c3cad5"))
    return ("<div><h3>Requests not exported, by reason</h3>" + _legend((g, c) for g, c in GROUP_COLORS.items())
            + horizontal_bars(f"outcomes-{index}", rows) + "</div>")


def _freshness_chart(index: int, days: Sequence[str], daily: Sequence[DayStats], tally: StoryTally) -> str:
    median = [quantile(d.tally.freshness, 0.5) for d in daily]
    p90 = [quantile(d.tally.freshness, 0.9) for d in daily]
    head = (f"<div><h3>Freshness (published → downloaded)</h3><p><span class='big'>"
            f"{minutes_text(quantile(tally.freshness, 0.5))}</span> median · <span class='big'>"
            f"{minutes_text(quantile(tally.freshness, 0.9))}</span> p90</p>")
    if all(v is None for v in median):
        return head + "<p class='empty'>No story with a published time of day.</p></div>"
    series = [Series("median", "#2f6fdb", median), Series("p90", "#9b59b6", p90)]
    return (head + _legend((s.label, s.color) for s in series)
            + freshness_lines(f"freshness-{index}", days, series) + "</div>")


def _coverage(tally: StoryTally) -> str:
    c = tally.counts
    meters = []
    for label, n in (("date with time", c["timed"]), ("authors", c["authors"]), ("agency", c["agency"])):
        share = 100 * n / c["articles"] if c["articles"] else 0
        meters.append(f"<div class='meter'><span>{label}</span><div class='bar'><span style='width:{share:.1f}%'>"
                      f"</span></div><em>{pct(n, c['articles'])}</em></div>")
    return ("<div><h3>Field coverage</h3>" + "".join(meters)
            + f"<p>Body length: <span class='big'>{chars_text(quantile(tally.body_chars, 0.5))}</span> characters "
            f"median, 10% under {chars_text(quantile(tally.body_chars, 0.1))} "
            f"<span class='note'>({c['articles']:,} articles)</span></p></div>")


def _daily_table(days: Sequence[str], daily: Sequence[DayStats]) -> str:
    rows = []
    for day, stats in reversed(list(zip(days, daily))):
        if not (stats.runs or stats.unsummarised_runs):
            continue
        groups: Counter[str] = Counter()
        for (group, _), n in stats.outcomes.items():
            groups[group] += n
        requests = "".join(f"<td>{groups[g]:,}</td>" for g in GROUP_COLORS)
        rows.append(_runs_cells(day, stats.runs, stats.failed_runs) + _tally_cells(stats.tally, requests) + "</tr>")
    head = TALLY_HEADS.format(between="<th>dropped</th><th>skipped</th><th>failed requests</th>")
    return ("<details><summary>Day by day</summary><div class='scroll'><table><thead><tr><th class='l'>day</th>"
            f"<th>runs</th><th>failed</th>{head}</tr></thead><tbody>" + "".join(rows)
            + "</tbody></table></div></details>")
