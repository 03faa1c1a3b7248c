/**
 * Every CLI command, in the order `wiretrace --help` lists them. A command module exports one
 * `register(program)` function that adds its command, flags and action.
 */
import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerDemo } from './demo.js';
import { registerEvents } from './events.js';
import { registerExtract } from './extract.js';
import { registerQuotes } from './quotes.js';

export const commands: ReadonlyArray<(program: Command) => void> = [registerAnalyze, registerExtract, registerQuotes, registerEvents, registerDemo];
