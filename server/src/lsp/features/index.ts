// Every LSP feature, one file each. Add a feature: a file exporting a Feature, and a line here.

import type { Feature } from '../context';
import { codeActions } from './code-actions';
import { commands } from './commands';
import { diagnostics } from './diagnostics';
import { completion } from './completion';
import { hover } from './hover';
import { definition } from './definition';
import { references } from './references';
import { symbols } from './symbols';
import { lookupCommand } from './lookup';
import { exportCommand } from './export';
import { newReportCommand } from './new-report';

export const FEATURES: readonly Feature[] = [diagnostics, codeActions, commands, completion, hover, definition, references, symbols, lookupCommand, newReportCommand, exportCommand];
