// --format json (CLI): the Article object exactly as the engine returns it (DESIGN.md, "The engine contract").
import type { Format } from './index';

export const json: Format = {
  name: 'json',
  ext: 'json',
  render: (article) => `${JSON.stringify(article, null, 2)}\n`,
};
