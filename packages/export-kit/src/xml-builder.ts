import { escapeXml, stripInvalidXmlChars } from './xml-text.js';

/** Attribute values; `undefined` leaves the attribute out. */
export type XmlAttributes = Record<string, string | number | undefined>;

type XmlChild = XmlElement | { text: string } | { cdata: string };

/**
 * An element of an XML document under construction. Exporters build their documents with `ele`,
 * `txt` and `dat` and serialize them once with `end`: names come from our own code, every text and
 * attribute value is cleaned of characters XML cannot carry and escaped on the way out.
 *
 * It replaces a DOM-backed builder that spent most of the XML exporters' time creating DOM nodes;
 * this one keeps plain objects and writes one string.
 */
export class XmlElement {
  readonly children: XmlChild[] = [];
  private readonly attributes: [string, string][] = [];

  constructor(
    readonly name: string,
    private readonly parent: XmlElement | null,
    attributes?: XmlAttributes,
  ) {
    for (const key in attributes) {
      const value = attributes[key];
      if (value !== undefined) this.attributes.push([key, String(value)]);
    }
  }

  /** Append a child element and return it. With a namespace first, it is declared on the child. */
  ele(name: string, attributes?: XmlAttributes): XmlElement;
  ele(namespace: string, name: string, attributes?: XmlAttributes): XmlElement;
  ele(first: string, second?: string | XmlAttributes, third?: XmlAttributes): XmlElement {
    const child =
      typeof second !== 'string'
        ? new XmlElement(first, this, second)
        : new XmlElement(second, this, this.inScope(second, first) ? third : { [declaration(second)]: first, ...third });
    this.children.push(child);
    return child;
  }

  // Whether this element or an ancestor already binds the prefix of `name` to `namespace`.
  private inScope(name: string, namespace: string): boolean {
    const attribute = declaration(name);
    for (let e: XmlElement | null = this; e; e = e.parent) {
      const bound = e.attributes.find(([key]) => key === attribute);
      if (bound) return bound[1] === namespace;
    }
    return false;
  }

  /** Append text (escaped when written). Empty text adds nothing. */
  txt(text: string | number): this {
    const value = stripInvalidXmlChars(String(text));
    if (value !== '') this.children.push({ text: value });
    return this;
  }

  /** Append a CDATA section. The caller makes sure it holds no `]]>`. */
  dat(text: string): this {
    const value = stripInvalidXmlChars(text);
    if (value.includes(']]>')) throw new Error('CDATA cannot hold "]]>"');
    if (value !== '') this.children.push({ cdata: value });
    return this;
  }

  /** The parent element (the document returns itself). */
  up(): XmlElement {
    return this.parent ?? this;
  }

  /** The whole document this element belongs to: declaration, root, two-space indentation, no final newline. */
  end(): string {
    let root: XmlElement = this;
    while (root.parent) root = root.parent;
    const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
    // The document node (no name) holds the root element; an element on its own stands for itself.
    for (const top of root.name === '' ? root.children : [root]) {
      if (top instanceof XmlElement) {
        out.push('\n');
        top.write(out, 0);
      }
    }
    return out.join('');
  }

  // Elements holding only text (or one CDATA section) are written on one line; elements with
  // child elements put each child on its own indented line.
  private write(out: string[], depth: number): void {
    const indent = '  '.repeat(depth);
    let open = `${indent}<${this.name}`;
    for (const [key, value] of this.attributes) open += ` ${key}="${escapeXml(value)}"`;
    if (this.children.length === 0) {
      out.push(`${open}/>`);
      return;
    }
    let texts = 0;
    let cdatas = 0;
    let elements = 0;
    for (const c of this.children) {
      if (c instanceof XmlElement) elements++;
      else if ('text' in c) texts++;
      else cdatas++;
    }
    if (elements === 0 && (cdatas === 0 || (cdatas === 1 && texts === 0))) {
      out.push(`${open}>`);
      for (const c of this.children) out.push('text' in c ? escapeText(c.text) : `<![CDATA[${(c as { cdata: string }).cdata}]]>`);
      out.push(`</${this.name}>`);
      return;
    }
    out.push(`${open}>`);
    const inner = '  '.repeat(depth + 1);
    for (const c of this.children) {
      out.push('\n');
      if (c instanceof XmlElement) c.write(out, depth + 1);
      else out.push(inner, 'text' in c ? escapeText(c.text) : `<![CDATA[${c.cdata}]]>`);
    }
    out.push(`\n${indent}</${this.name}>`);
  }
}

// The attribute that declares the namespace of an element name: `xmlns` or `xmlns:prefix`.
function declaration(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? 'xmlns' : `xmlns:${name.slice(0, colon)}`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A new XML document: add its root with `ele`, serialize it with `end()` on any of its elements. */
export function xmlDocument(): XmlElement {
  return new XmlElement('', null);
}
