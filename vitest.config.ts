import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'web/**', 'e2e/**'],
    // Generous: on a busy 2-core machine one PGlite start or CLI run can take tens of seconds.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // two cores: keep concurrency modest so PGlite instances do not starve each other
    maxWorkers: 2,
    reporters: ['default'],
  },
});
