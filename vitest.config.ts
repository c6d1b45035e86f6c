import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The Slack tests start real HTTP servers; give slow shared machines room without hiding hangs.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
