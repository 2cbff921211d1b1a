import { defineConfig } from 'vitest/config';
import summaryReporter from './scripts/summary-reporter.js';

// Tests run against the TypeScript sources of workspace packages (the `source` export condition).
export default defineConfig({
  resolve: { conditions: ['source', 'import', 'module', 'default'] },
  ssr: { resolve: { conditions: ['source', 'import', 'module', 'default'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', summaryReporter],
  },
});
