import type { ExampleFiles } from '@coursepack/core';
import { solidPng } from '@coursepack/test-kit';

const review = (n: number, gate: string) => `# 06. Module ${n} Review — Pictures ${n}

## Embedded checkpoint

### Recall

1. What does the shared picture show? ![The shared picture](../shared/pic.png)

   Answer: a square

## Completion gate

- [ ] ${gate}
`;

/** Two modules that show one file from a shared folder (pages and checkpoints), the second also its own. */
export const sharedImageCourse: ExampleFiles = {
  'coursepack.config.json': JSON.stringify({ title: 'Shared pictures' }),
  'm1/02_explainer.md': '# 02. Explainer one\n\n## 1. Shapes\n\n![A square](../shared/pic.png)\n',
  'm1/06_revision.md': review(1, 'I saw the square.'),
  'm2/02_explainer.md': '# 02. Explainer two\n\n## 1. Shapes\n\n![A square](../shared/pic.png) and ![a dot](img/own.png)\n',
  'm2/06_revision.md': review(2, 'I saw the dot ![the dot](img/own.png).'),
  'shared/pic.png': solidPng(12, 12, [10, 120, 200]),
  'm2/img/own.png': solidPng(6, 4, [220, 30, 30]),
};
