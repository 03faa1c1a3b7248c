/** Where the project's event lexicons live: `data/events/` at the package root. */
import { fileURLToPath } from 'node:url';

/** The absolute path of `data/events/<name>` (works from src/ under tsx and from dist/). */
export function dataPath(name: string): string {
  return fileURLToPath(new URL(`../../data/events/${name}`, import.meta.url));
}
