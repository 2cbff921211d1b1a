/**
 * A path of a package as a URL relative to where it is read from (a manifest `href`, an `xs:anyURI`,
 * or a link between two of its pages): each name percent-encoded (RFC 3986), `/` kept between them
 * and `.` or `..` kept as they are. So `m #1/stage one.png` is `m%20%231/stage%20one.png`: written
 * as it is, the `#` would end the path, and an importer that decodes the URL (as LMSs do) would
 * read `m%20two/` as `m two/`.
 */
export function packageHref(path: string): string {
  return path
    .split('/')
    .map((name) => (name === '.' || name === '..' ? name : encodeURIComponent(name)))
    .join('/');
}
