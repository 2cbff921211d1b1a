import * as core from '@coursepack/core';
import { buildCourse, COURSE_SCHEMA_ID, MODEL_VERSION, courseSchema, courseSkeleton, courseValidator, listContentFolder, loadCourse, moduleBuilder, readConfig, readContentFolder, sortDiagnostics, validateCourse } from '@coursepack/core';
import { describe, expect, it } from 'vitest';

describe('@coursepack/core public surface', () => {
  it('exports exactly these names (growing the API is a deliberate diff)', () => {
    expect(Object.keys(core).sort()).toEqual([
      'BUILT_IN_LABEL_LANGUAGES', 'CONFIG_FILE_NAME', 'COURSE_SCHEMA_ID', 'DEFAULT_LABELS', 'DOWNLOAD_EXTENSIONS', 'MAX_PDF_FONT_SIZE', 'MODEL_VERSION', 'RULE_DOCS_BASE', 'allRules', 'assetDiagnostics', 'assetFile', 'assetLimit', 'buildCourse', 'buildModel', 'builtInLabels', 'checkPdfFonts', 'checkSchema',
      'contentPathOfUrl', 'courseLabels', 'courseSchema', 'courseSkeleton', 'courseValidator', 'defaultConfig', 'discoverModules', 'exportableModules', 'extensionOf', 'fontFileProblem', 'formatLabel', 'formatNumber', 'headingSlug', 'headingSlugger', 'imageKind', 'imagePixels', 'isDownloadType', 'isExternalUrl', 'isSkippedName', 'isUnreadable', 'labelAround', 'listContentFolder', 'loadCourse', 'moduleBuilder', 'moduleLinkDiagnostics', 'nameHash', 'readConfig', 'readContentFolder', 'readImageFile',
      'renderDocumentHtml', 'roleOf', 'ruleUrl', 'sectionAnchor', 'sortDiagnostics', 'textDirection', 'translator', 'validateCourse', 'withoutContent',
    ]);
  });

  it('publishes a versioned draft 2020-12 schema that the bundled course satisfies', async () => {
    expect(courseSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    // The schema's address names the model version the models it describes carry.
    expect(COURSE_SCHEMA_ID).toBe(`https://schemas.coursepack.dev/course/${MODEL_VERSION}.json`);
    expect(courseSchema['properties']).toMatchObject({ schemaVersion: { const: MODEL_VERSION } });
    const build = await loadCourse('content');
    const validate = courseValidator();
    expect(validate(JSON.parse(JSON.stringify(build.course))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('validates module by module with exactly the diagnostics of building the whole course', async () => {
    for (const root of ['content', 'packages/core/test/fixtures/every-error', 'packages/core/test/fixtures/nested-tracks']) {
      const source = await readContentFolder(root);
      const whole = sortDiagnostics((await loadCourse(root)).diagnostics);
      expect(validateCourse(source)).toEqual(whole);
      if (root.includes('every-error')) expect(whole.length).toBeGreaterThan(10);
    }
  });

  it('builds a module from a listing and its own files as the whole source builds it', async () => {
    for (const root of ['content', 'packages/core/test/fixtures/every-error', 'packages/core/test/fixtures/nested-tracks']) {
      const source = await readContentFolder(root);
      const folder = await listContentFolder(root);
      const build = moduleBuilder(folder.source);
      const modules = courseSkeleton(source, readConfig(source.configText).config).modules;
      expect(modules.length).toBeGreaterThan(0);
      for (const m of modules) {
        const expected = buildCourse(source, { only: new Set([m.id]), courseFindings: false });
        const got = build(m.id, await folder.read(m.files.map((f) => f.path)));
        expect(got.course).toEqual(expected.course);
        expect(got.diagnostics).toEqual(expected.diagnostics);
        expect([...got.documents.keys()]).toEqual([...expected.documents.keys()]);
      }
    }
  });
});
