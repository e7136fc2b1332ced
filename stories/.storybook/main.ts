import type { StorybookConfig } from '@storybook/react-vite';

// Stories import the built packages (`@osallisuusarvio/react` resolves to its dist/), so run
// `pnpm run build` at the root before `storybook` or `build-storybook`.
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: false },
};

export default config;
