// An `<a …>` start tag as serialized HTML writes it: text escapes `<`, and a quoted value may hold `>`.
const A_TAG = /<a\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const HREF = /(\shref=")([^"]*)"/i;

/**
 * A page's HTML with the `href` of each link `rewrite` maps elsewhere changed (a link to
 * `02_explainer.md#sec-1` becomes one to the package's `explainer.html#sec-1`). The HTML is what
 * core serialized: values double-quoted, `&` written `&#x26;` or `&amp;`, and `<` in text escaped,
 * so only real start tags match.
 */
export function rewriteLinks(html: string, rewrite: (href: string) => string): string {
  return html.replace(A_TAG, (tag) =>
    tag.replace(HREF, (attribute, lead: string, value: string) => {
      const href = value.replace(/&#x26;|&amp;/g, '&');
      const moved = rewrite(href);
      return moved === href ? attribute : `${lead}${moved.replace(/&/g, '&#x26;').replace(/"/g, '&#x22;')}"`;
    }),
  );
}

/**
 * A page's HTML with each link `keep` refuses made inert: its `href` is removed and a title says
 * why (`title`, in the course's language), as the SCORM player's runtime does on its own page. For
 * pages whose links to files the package lacks would otherwise lead to an error page inside the LMS.
 */
export function disableLinks(html: string, keep: (href: string) => boolean, title = 'Not included in this package'): string {
  const attribute = ` title="${title.replace(/&/g, '&#x26;').replace(/"/g, '&#x22;').replace(/</g, '&#x3C;')}"`;
  return html.replace(A_TAG, (tag) => tag.replace(HREF, (written, _lead: string, value: string) => (keep(value.replace(/&#x26;|&amp;/g, '&')) ? written : attribute)));
}

