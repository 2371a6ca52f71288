// Every LSP feature, one file each. Add a feature: a file exporting a Feature, and a line here.

import type { Feature } from '../server';
import { codeActions } from './code-actions';
import { commands } from './commands';
import { diagnostics } from './diagnostics';

export const FEATURES: readonly Feature[] = [diagnostics, codeActions, commands];
