/**
 * robots.txt rules per origin (RFC 9309), read through robots-parser. What a fetch of robots.txt
 * means: 2xx → its rules; 4xx → no rules (allow all); 5xx or unreachable → disallow all for now
 * (the RFC's "complete disallow" on server errors).
 */
import robotsModule from 'robots-parser';

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}

// robots-parser is CommonJS whose typings declare an ES default export; at run time the default
// import is the function itself.
const robotsParser = robotsModule as unknown as (url: string, text: string) => Robot;

export interface RobotsRules {
  allows(url: string): boolean;
  /** Crawl-delay for our agent, in ms; null when none is given. */
  crawlDelayMs: number | null;
  /** Why everything is disallowed, when it is (a server error fetching robots.txt). */
  blockedBecause: string | null;
  sitemaps: string[];
}

export const ALLOW_ALL: RobotsRules = { allows: () => true, crawlDelayMs: null, blockedBecause: null, sitemaps: [] };

export function blockAll(reason: string): RobotsRules {
  return { allows: () => false, crawlDelayMs: null, blockedBecause: reason, sitemaps: [] };
}

/** Rules from the text of a robots.txt served at `robotsUrl`, for `agent`. */
export function parseRobots(robotsUrl: string, text: string, agent: string): RobotsRules {
  const robot = robotsParser(robotsUrl, text);
  const delay = robot.getCrawlDelay(agent);
  return {
    // robots-parser answers undefined for a URL of another origin; those are not ours to judge.
    allows: (url) => robot.isAllowed(url, agent) !== false,
    // A minute at most: a larger Crawl-delay would stall a poll round for hours.
    crawlDelayMs: typeof delay === 'number' && delay > 0 ? Math.min(delay, 60) * 1000 : null,
    blockedBecause: null,
    sitemaps: robot.getSitemaps(),
  };
}
