/**
 * Every command the CLI offers, in the order `--help` lists them.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { registerIngest } from './ingest.js';
import { registerDemo } from './demo.js';
import { registerStats } from './stats.js';
import { registerListings } from './listings.js';
import { registerShow } from './show.js';
import { registerSearch } from './search.js';
import { registerExchange } from './exchange.js';
import { registerEval } from './eval.js';
import { registerServe } from './serve.js';
import { registerGraph } from './graph.js';
import { registerQuestions } from './questions.js';
import { registerCurate } from './curate.js';
import { registerReview } from './review.js';
import { registerAggregate } from './aggregate.js';
import { registerMigrate } from './migrate.js';
import { registerBrief } from './brief.js';
import { registerAdmin } from './admin.js';
import { registerAudit } from './audit.js';
import { registerFederation } from './federation.js';

export const COMMANDS: ReadonlyArray<(program: Command, io: Io) => void> = [
  registerIngest,
  registerDemo,
  registerStats,
  registerListings,
  registerShow,
  registerSearch,
  registerExchange,
  registerEval,
  registerGraph,
  registerQuestions,
  registerReview,
  registerCurate,
  registerAggregate,
  registerBrief,
  registerMigrate,
  registerAdmin,
  registerAudit,
  registerFederation,
  registerServe,
];
