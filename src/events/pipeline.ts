/**
 * The stages `wiretrace events` runs: the default pipeline with the events stage configured by
 * the caller (ontology, dictionaries). Shared by the CLI and the quality gate, so the gate
 * measures exactly what users run.
 */
import { defaultStages, type Stage } from '../pipeline.js';
import { eventsStage, type EventsOptions } from './stage.js';

export function eventStages(options: EventsOptions = {}): Stage[] {
  return [...defaultStages.filter((s) => s.id !== 'events'), eventsStage(options)];
}
