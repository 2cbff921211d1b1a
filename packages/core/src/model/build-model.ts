import type { ContentSource, LoadIssue, RawFile } from '../load/content-source.js';
import { decodeMarkdown } from '../parse/decode-markdown.js';
import { MAX_INLINE_MARKS } from '../parse/parse-limits.js';
import { MAX_MARKDOWN_DEPTH, parseMarkdownChecked } from '../parse/parse-markdown.js';
import { createSourceFile, placeOfFile } from '../parse/source-file.js';
import { alertTitles } from '../render/alerts.js';
import { buildModule } from './build-module.js';
import type { CourseConfig } from './config.js';
import { placeOfConfigProblem } from './config-place.js';
import { discoverModules, placeInModule } from './discover-modules.js';
import type { ModuleFolder } from './discover-modules.js';
import { selectModuleFolders } from './module-names.js';
import { checkModuleLinks } from './module-links.js';
import type { ModuleLinks } from './module-links.js';
import type { DocumentSet } from './document.js';
import type { Finding } from './finding.js';
import { labelWord } from './labels.js';
import { footnoteDefinitions } from './notes-in-text.js';
import { answerWords } from './read-answer.js';
import { quoteLabels } from './quote-labels.js';
import type { ModuleContext } from './module-context.js';
import { readConfig } from './read-config.js';
import type { ModuleIndex } from './read-module-links.js';
import { readOutline } from './read-outline.js';
import { createReferenceReader } from './read-references.js';
import type { Course, FileRole, Module, Outline } from './types.js';

/** The rule a file the listing had to skip is reported under. */
const ISSUE_CODES: Record<LoadIssue['kind'], string> = {
  'symlink-outside-root': 'path-outside-root',
  unreadable: 'file-unreadable',
  'unportable-name': 'file-name-unportable',
};

/** Version of the model (and of its JSON Schema). */
export const MODEL_VERSION = '1.6.0';

/** The model as built, before rules run. */
export interface BuiltModel {
  course: Course;
  documents: DocumentSet;
  config: CourseConfig;
  findings: Finding[];
  /** Each built module's links to other modules (see {@link ModuleLinks}). */
  links: ModuleLinks[];
}

/** Options of {@link buildModel}. */
export interface BuildModelOptions {
  /** Build only these module ids (all others are still known, so links to them resolve). */
  only?: ReadonlySet<string>;
  /** Report course-wide findings (configuration, loader issues, duplicate module ids); default true. */
  courseFindings?: boolean;
}

/**
 * What a course's file listing says, worked out once: the configuration, the module folders, and
 * which module and role each file has. It needs file paths only, not their bytes.
 */
export interface CourseLayout {
  name: string;
  config: CourseConfig;
  /** The module folders, the first of each id only: a second folder of the same name is reported, not built. */
  folders: ModuleFolder[];
  index: ModuleIndex;
  courseFiles: Map<string, FileRole | null>;
  /** Every path the listing holds, markdown and other files; null when the source does not say what else the folder holds. */
  paths: ReadonlySet<string> | null;
  /** Findings about the course as a whole (configuration, loader issues, duplicate module ids). */
  courseFindings: Finding[];
}

/** The layout of a content source (see {@link CourseLayout}). */
export function courseLayout(source: ContentSource): CourseLayout {
  const courseFindings: Finding[] = [];
  const { config, problems } = readConfig(source.configText);
  for (const p of problems) courseFindings.push({ code: 'config-invalid', message: `${p.message}${p.pointer ? ` (at \`${p.pointer}\`)` : ''}`, place: placeOfConfigProblem(source.configText ?? '', p), module: null });

  const index: ModuleIndex = { byDir: new Map(), byName: new Map() };
  const courseFiles = new Map<string, FileRole | null>(source.files.map((f) => [f.path, null]));
  const found = discoverModules(source.files, source.name, config);
  for (const folder of found) {
    index.byDir.set(folder.dir, folder.id);
    for (const f of folder.files) courseFiles.set(f.raw.path, f.role);
  }
  if (found.length === 0) {
    courseFindings.push({ code: 'course-no-modules', message: 'No module here: nothing in this folder is a numbered role file such as 02_explainer.md or 06_revision.md; is it the content folder?', place: placeOfFile(''), module: null });
  }
  const { folders, findings } = selectModuleFolders(found);
  for (const folder of folders) index.byName.set(folder.id, folder.id);
  // A role file the listing had to skip (a broken or escaping symlink) belongs to its module, which
  // is not exported without it.
  const builtDirs = new Map(folders.map((f) => [f.dir, f.id]));
  for (const issue of source.issues) {
    const dir = placeInModule(issue.path, config)?.dir;
    const module = dir === undefined ? null : (builtDirs.get(dir) ?? null);
    courseFindings.push({ code: ISSUE_CODES[issue.kind], message: `\`${issue.path}\` was skipped: ${issue.detail}`, place: placeOfFile(issue.path), module });
  }
  courseFindings.push(...findings);
  return { name: source.name, config, folders, index, courseFiles, paths: listedPaths(source), courseFindings };
}

/** Decode, parse and read every module of a content source into the model. Never throws on content. */
export function buildModel(source: ContentSource, options: BuildModelOptions = {}): BuiltModel {
  return buildModelOfLayout(courseLayout(source), options);
}

/**
 * {@link buildModel} over a layout worked out earlier. `loaded` gives the files to parse by path;
 * without it, the layout's own files are parsed (those its source held with their bytes).
 */
export function buildModelOfLayout(layout: CourseLayout, options: BuildModelOptions = {}, loaded?: ReadonlyMap<string, RawFile>): BuiltModel {
  const { config, folders, index, courseFiles } = layout;
  const findings: Finding[] = [];
  const documents: DocumentSet = new Map();
  const readReferences = createReferenceReader(config.abbreviations);
  const modules: Module[] = [];
  const links: ModuleLinks[] = [];
  const titles = alertTitles(config.labels);
  const answers = answerWords(labelWord(config.labels.answer));
  const quotes = quoteLabels(config.labels);
  for (const folder of folders) {
    if (options.only && !options.only.has(folder.id)) continue;
    // Only this module's own outlines: a module checks the same whether it is built alone (as
    // `build` and `validate` do, in parallel) or after others in one pass.
    const outlines = new Map<string, Outline>();
    for (const { raw: listed } of folder.files) {
      const raw = loaded?.get(listed.path) ?? listed;
      if (raw.issue === 'not-loaded') continue;
      if (raw.issue === 'unreadable') {
        findings.push({ code: 'file-unreadable', message: 'This file could not be read: it was removed or cannot be opened', place: placeOfFile(raw.path), module: folder.id });
        continue;
      }
      if (raw.issue === 'too-large' || raw.bytes === null) {
        findings.push({ code: 'file-too-large', message: `This file is ${raw.size} bytes, over the limit of ${config.maxFileSize}; it was not read`, place: placeOfFile(raw.path), module: folder.id });
        continue;
      }
      const decoded = decodeMarkdown(raw.bytes);
      if (!decoded.ok) {
        findings.push({ code: 'encoding-invalid-utf8', message: `This file is not valid UTF-8 (first bad byte at offset ${decoded.byteOffset}); save it as UTF-8`, place: { file: raw.path, line: decoded.line, column: decoded.column, endLine: decoded.line, endColumn: decoded.column }, module: folder.id });
        continue;
      }
      const parsed = parseMarkdownChecked(decoded.text);
      if (!parsed.ok) {
        const place = { file: raw.path, line: parsed.line, column: parsed.column, endLine: parsed.line, endColumn: parsed.column };
        findings.push(
          parsed.limit === 'depth'
            ? { code: 'markdown-too-deep', message: `This file nests markdown (quotes, lists, emphasis, links) more than ${MAX_MARKDOWN_DEPTH} levels deep here; it was not read further`, place, module: folder.id }
            : { code: 'markdown-too-dense', message: `This paragraph holds more than ${MAX_INLINE_MARKS} emphasis, strikethrough and link marks (\`*\`, \`_\`, \`~\`, \`[\`, \`]\`); the file was not read further`, place, module: folder.id },
        );
        continue;
      }
      const doc = { ...createSourceFile(raw.path, decoded.text), tree: parsed.tree, alertTitles: titles, footnotes: footnoteDefinitions(parsed.tree) };
      documents.set(raw.path, doc);
      outlines.set(raw.path, readOutline(doc.tree, raw.path, folder.id, findings));
    }
    const nameOfRole = new Map<FileRole, string>();
    const roleOfName = new Map<string, FileRole>();
    for (const f of folder.files) {
      if (!nameOfRole.has(f.role)) nameOfRole.set(f.role, f.name);
      roleOfName.set(f.name, f.role);
    }
    const crossReferences: ModuleLinks['references'] = [];
    const images: ModuleLinks['images'] = [];
    const files: ModuleLinks['files'] = [];
    const ownPaths = new Set(folder.files.map((f) => f.raw.path));
    const ctx: ModuleContext = { moduleId: folder.id, config, roleOfName, nameOfRole, courseFiles, outlines, ownPaths, crossReferences, images, files, readReferences, answerWords: answers, quoteLabels: quotes, findings };
    modules.push(buildModule(folder, documents, index, ctx));
    const sections = Object.fromEntries([...outlines].map(([path, outline]) => [path, outline.sections.map((s) => s.number)]));
    links.push({ moduleId: folder.id, sections, references: crossReferences, images, files });
  }
  const course: Course = { schemaVersion: MODEL_VERSION, title: config.title ?? layout.name, language: config.language, labels: config.labels, modules };
  if (options.courseFindings !== false) findings.unshift(...layout.courseFindings);
  // With every module built, references between them are checked here; a build of some modules
  // leaves that to whoever gathers every module's links.
  if (!options.only) findings.push(...checkModuleLinks(links, layout.paths));
  return { course, documents, config, findings, links };
}

/** Every path a listing holds, or null when it does not list the folder's other files. */
export function listedPaths(source: ContentSource): Set<string> | null {
  return source.otherFiles ? new Set([...source.files.map((f) => f.path), ...source.otherFiles]) : null;
}
