import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Every suite runs in a zone far from China so that nothing silently depends on the host's zone:
// deadlines and displayed times must come out in China Standard Time regardless.
process.env.TZ = 'America/New_York';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/api/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/ui/setup.ts'],
          testTimeout: 20000,
        },
      },
    ],
  },
});
