import type { Preview } from '@storybook/react-vite';
import '@osallisuusarvio/react/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: {
      // Violations fail the story (in Storybook's test runs and in test/browser's axe check alike).
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } },
    },
  },
  tags: ['autodocs'],
};

export default preview;
