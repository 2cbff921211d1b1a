import type { Diagnostic } from '@coursepack/core';
import { escapeXml } from '@coursepack/export-kit';
import type { PreviewSite } from './load-preview-site.js';
import { withReloadScript } from './with-reload-script.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h2{font-size:1.15rem;margin:1.5rem 0 .25rem}.id{color:#666;font-size:.9rem;margin-left:.5rem}
ul.problems{list-style:none;padding:0;margin:.25rem 0 0}ul.problems li{margin:.15rem 0;font-size:.95rem}
.where{font-family:ui-monospace,monospace;color:#444}.error .severity{color:#b00020}.warning .severity{color:#8a5a00}.info .severity{color:#0b6e99}
.clean{color:#2e7d32}`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function problemList(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '<p class="clean">No problems.</p>';
  const items = diagnostics.map((d) => {
    const where = `${d.place.file}:${d.place.line}:${d.place.column}`;
    return `<li class="${d.severity}"><span class="where">${escapeXml(where)}</span> <span class="severity">${d.severity}</span> ${escapeXml(d.message)} <a href="${escapeXml(d.url)}"><code>${escapeXml(d.code)}</code></a></li>`;
  });
  return `<ul class="problems">${items.join('')}</ul>`;
}

function summary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/**
 * The preview's first page: the course title, each module with a link to its player and its
 * problems (file:line:col, severity, message, rule code), and the course's own problems. Every
 * text from the content is escaped.
 */
export function renderIndexPage(site: PreviewSite): string {
  const ids = new Set(site.modules.map((m) => m.id));
  const modules = site.modules.map(
    (m) => `<section><h2><a href="${escapeXml(encodeURIComponent(m.id))}/">${escapeXml(m.title)}</a><span class="id">${escapeXml(m.id)} · ${summary(m.diagnostics)}</span></h2>${problemList(m.diagnostics)}</section>`,
  );
  const ofCourse = site.diagnostics.filter((d) => d.module === null || !ids.has(d.module));
  const course = ofCourse.length > 0 ? `<section><h2>Course</h2>${problemList(ofCourse)}</section>` : '';
  const page = `<!doctype html>
<html lang="${escapeXml(site.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: ${escapeXml(site.title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeXml(site.title)}</h1><p>${plural(site.modules.length, 'module')}; each page reloads when the content changes.</p>
${modules.join('\n')}
${course}</body></html>
`;
  return withReloadScript(page);
}
