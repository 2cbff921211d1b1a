import type { CourseBuild } from '@coursepack/core';
import { buildCourse } from '@coursepack/core';
import { describe, expect, it } from 'vitest';

const REVIEW = '# 06. Module 1 Review — Start\n\n## Completion gate\n\n- [ ] Done.\n';

function configProblems(configText: string): string[] {
  const review = { path: 'm1/06_revision.md', bytes: new TextEncoder().encode(REVIEW), size: REVIEW.length, issue: null };
  const build: CourseBuild = buildCourse({ name: 'c', files: [review], configText, issues: [] });
  return build.diagnostics.filter((d) => d.code === 'config-invalid').map((d) => `${d.place.file}:${d.place.line}:${d.place.column}-${d.place.endLine}:${d.place.endColumn} ${d.message}`);
}

describe('config-invalid points at the member of coursepack.config.json it is about', () => {
  it('marks the key and its value, on whatever line they are', () => {
    const text = ['{', '  "title": "MLOps",', '  "passingScore": 80,', '  "roles": {', '    "review": ["revision"],', '    "quiz": ["q"]', '  },', '  "colour": "blue"', '}'].join('\n');
    expect(configProblems(text)).toEqual([
      'coursepack.config.json:3:3-3:21 `passingScore` must be a fraction greater than 0 and at most 1 (at `/passingScore`)',
      'coursepack.config.json:6:5-6:18 Unknown role `quiz`; expected one of weekly-plan, explainer, study-material, daily-recall, hands-on-lab, review (at `/roles/quiz`)',
      'coursepack.config.json:8:3-8:19 Unknown configuration key `colour` (at `/colour`)',
    ]);
  });

  it('escapes a key with a slash in its pointer, and finds it through escapes in the key', () => {
    expect(configProblems('{"abbreviations": {"a/b": 3}, "t\\u0069tle": 1}')).toEqual([
      'coursepack.config.json:1:20-1:28 Abbreviation `a/b` must name a role or a .md file (at `/abbreviations/a~1b`)',
      "coursepack.config.json:1:31-1:46 `title` must be a string with some text; without one, the content folder's name is the title (at `/title`)",
    ]);
  });

  it('marks where the text stops being JSON, across line ends', () => {
    const [problem] = configProblems('{\r\n  "title": "MLOps",\r\n}');
    expect(problem).toMatch(/^coursepack\.config\.json:3:1-3:2 The configuration is not valid JSON/);
    expect(configProblems('{"title": ')[0]).toMatch(/^coursepack\.config\.json:1:11-1:11 /);
  });

  it('marks the start of the file for a problem with the whole document', () => {
    expect(configProblems('[1, 2]')).toEqual(['coursepack.config.json:1:1-1:1 The configuration must be a JSON object']);
  });
});
