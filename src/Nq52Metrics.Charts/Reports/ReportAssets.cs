namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// The style sheet and the script of the report, inlined into the page (no network: the page's content security
/// policy allows only inline styles, inline scripts and data-URI images). The script sorts tables and opens a unit's
/// profile when its link is followed; without it the page still reads in full.
/// </summary>
internal static class ReportAssets
{
    /// <summary>The content security policy of the page: nothing is fetched from anywhere.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

    /// <summary>The style sheet.</summary>
    public const string Style = """
        :root { --ink: #1d2733; --muted: #5b6673; --line: #d8dee6; --accent: #4e79a7; --soft: #f4f6f9; --warn: #b3261e; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 "DejaVu Sans", "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
        header, main, footer { max-width: 1240px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 24px; }
        h1 { font-size: 28px; margin: 0 0 4px; }
        h2 { font-size: 21px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
        h3 { font-size: 17px; margin: 22px 0 8px; }
        p, li { max-width: 75ch; }
        .muted, .inputs { color: var(--muted); }
        .inputs { margin: 4px 0 0; padding-left: 18px; font-size: 13px; }
        .sample { margin: 16px 0; padding: 12px 16px; border: 2px solid var(--warn); background: #fdecea; color: var(--warn); font-weight: bold; border-radius: 6px; }
        td.differs { color: var(--warn); }
        nav ul { display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; list-style: none; margin: 12px 0 0; }
        nav a, a { color: var(--accent); }
        table { border-collapse: collapse; margin: 8px 0 16px; font-size: 14px; }
        th, td { padding: 4px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        thead th { background: var(--soft); position: sticky; top: 0; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        td.missing { color: var(--muted); }
        td.name, td.code { white-space: nowrap; }
        td.code { color: var(--muted); font-size: 13px; }
        tbody tr:hover { background: #eef3f9; }
        th button { all: unset; cursor: pointer; font-weight: bold; }
        th button:focus-visible { outline: 2px solid var(--accent); }
        th[aria-sort=ascending] button::after { content: " ▲"; font-size: 11px; }
        th[aria-sort=descending] button::after { content: " ▼"; font-size: 11px; }
        .scroll { overflow-x: auto; max-width: 100%; }
        figure { margin: 12px 0 24px; }
        figure img { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 4px; }
        figcaption { color: var(--muted); font-size: 13px; }
        details { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; padding: 4px 12px; }
        details[open] { background: var(--soft); }
        summary { cursor: pointer; font-weight: bold; }
        .track { position: relative; width: 240px; height: 14px; background: #e6eaf0; border-radius: 3px; }
        .fill { position: absolute; left: 0; top: 0; bottom: 0; background: var(--accent); border-radius: 3px; }
        .median { position: absolute; top: -3px; bottom: -3px; width: 2px; background: #f28e2b; }
        .best { position: absolute; top: -3px; bottom: -3px; width: 3px; background: var(--ink); }
        .findings li { margin: 2px 0; }
        footer { margin-top: 40px; padding-bottom: 32px; color: var(--muted); font-size: 13px; }
        """;

    /// <summary>
    /// The script: a click on a sortable column heading sorts the body rows by that column's <c>data-value</c>
    /// (numbers) or text, ascending first, missing values last either way, ties in their original order; following a
    /// link to a profile opens it.
    /// </summary>
    public const string Script = """
        (function () {
          "use strict";
          function key(row, column, numeric) {
            var cell = row.cells[column];
            var raw = cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim();
            if (raw === "") { return null; }
            return numeric ? parseFloat(raw) : raw;
          }
          function sortBy(table, header, column) {
            var ascending = header.getAttribute("aria-sort") !== "ascending";
            var numeric = header.getAttribute("data-type") === "number";
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.forEach(function (row, i) { if (!row.hasAttribute("data-order")) { row.setAttribute("data-order", String(i)); } });
            rows.sort(function (a, b) {
              var x = key(a, column, numeric), y = key(b, column, numeric);
              if (x === null || y === null) {
                if (x === null && y === null) { return a.getAttribute("data-order") - b.getAttribute("data-order"); }
                return x === null ? 1 : -1;
              }
              var order = numeric ? x - y : x.localeCompare(y, document.documentElement.lang);
              if (order === 0) { return a.getAttribute("data-order") - b.getAttribute("data-order"); }
              return ascending ? order : -order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
            Array.prototype.forEach.call(header.parentNode.cells, function (cell) { cell.removeAttribute("aria-sort"); });
            header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          }
          Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
              var button = header.querySelector("button");
              if (button) { button.addEventListener("click", function () { sortBy(table, header, column); }); }
            });
          });
          function openTarget() {
            var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
            if (target && target.tagName === "DETAILS") { target.open = true; }
          }
          window.addEventListener("hashchange", openTarget);
          openTarget();
        })();
        """;
}
