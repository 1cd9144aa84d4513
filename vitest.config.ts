import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Two cores here: forks keep native better-sqlite3 handles isolated per test file.
    pool: 'forks',
  },
});
