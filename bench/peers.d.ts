// jsdom ships no types and @types/jsdom is not a dependency; the benchmark only calls
// `new JSDOM(html, {url}).window.document`, so an untyped module is enough.
declare module 'jsdom';
