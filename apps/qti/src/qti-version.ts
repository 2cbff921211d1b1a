import type { Element, ElementContent } from 'xast';

/** The QTI versions this package writes. */
export type QtiVersion = '2.1' | '3.0';

/** Attribute values as the builders take them; `undefined` leaves the attribute out. */
export type QtiAttributes = Record<string, string | number | boolean | undefined>;

/** How one QTI version spells things: element and attribute names, namespaces, resource types. */
export interface QtiDialect {
  version: QtiVersion;
  /** Build a QTI element named as in QTI 2.1 (`responseDeclaration`), spelled for this version. */
  el: (name: string, attributes?: QtiAttributes, children?: ElementContent[]) => Element;
  /** Feedback and rubric content: bare in 2.1, inside `qti-content-body` in 3.0. */
  contentBody: (children: ElementContent[]) => ElementContent[];
  itemNamespace: string;
  itemSchemaLocation: string;
  manifestNamespace: string;
  itemResourceType: string;
  testResourceType: string;
}

const kebabCache = new Map<string, string>();

// QTI 3 renamed every QTI 2 element and attribute the same way: camelCase → kebab-case, elements prefixed
// `qti-`. Prefixed names (`xml:lang`, `xsi:schemaLocation`) are not QTI's and stay as they are.
function kebab(name: string): string {
  if (name.includes(':')) return name;
  let out = kebabCache.get(name);
  if (out === undefined) {
    out = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    kebabCache.set(name, out);
  }
  return out;
}

function attributesOf(attributes: QtiAttributes, rename: (name: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) out[rename(name)] = String(value);
  }
  return out;
}

/** QTI 2.1: `assessmentItem`, `baseType`, content packages of IMS CP 1.1 with the QTI 2.1 profile. */
export const qti21: QtiDialect = {
  version: '2.1',
  el: (name, attributes = {}, children = []) => ({ type: 'element', name, attributes: attributesOf(attributes, (n) => n), children }),
  contentBody: (children) => children,
  itemNamespace: 'http://www.imsglobal.org/xsd/imsqti_v2p1',
  itemSchemaLocation: 'http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd',
  manifestNamespace: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  itemResourceType: 'imsqti_item_xmlv2p1',
  testResourceType: 'imsqti_test_xmlv2p1',
};

/** QTI 3.0: `qti-assessment-item`, `base-type`, the QTI 3 content package. */
export const qti30: QtiDialect = {
  version: '3.0',
  el: (name, attributes = {}, children = []) => ({ type: 'element', name: `qti-${kebab(name)}`, attributes: attributesOf(attributes, kebab), children }),
  contentBody: (children) => [{ type: 'element', name: 'qti-content-body', attributes: {}, children }],
  itemNamespace: 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0',
  itemSchemaLocation: 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd',
  manifestNamespace: 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1',
  itemResourceType: 'imsqti_item_xmlv3p0',
  testResourceType: 'imsqti_test_xmlv3p0',
};

/** The dialect of a QTI version. */
export function dialectOf(version: QtiVersion): QtiDialect {
  return version === '2.1' ? qti21 : qti30;
}
