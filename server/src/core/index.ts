// The core's public face: adapters (server/src/lsp, server/src/cli, server/src/host) import from
// here only. Everything behind it is pure: no editor, protocol, file system or clock.

export { analyze, AnalysisCache, type Analysis } from './analyze';
export { read, type Reading } from './extract/reading';
export type { Citation } from './extract/citations';
export { parseId } from './extract/citations';
export type { DateMention } from './extract/dates';
export type { TermMention } from './extract/terms';
export type { ReportHeader } from './extract/header';
export type { Section } from './extract/sections';
export { CorpusIndex, differingFields, idMatchKey, recordKey, type Entry, type Evidence, type DirectiveEntry, type Resolution } from './corpus/corpus-index';
export { learnFromDocument, addEvidence, type Learned } from './corpus/learn';
export { Interner } from './corpus/intern';
export type * from './corpus/types';
export { resolveOptions, type Options, type ResolvedOptions, type OptionProblem } from './options';
export { RULES, RULE_CODES } from './rules/index';
export { normalizeText, fold } from './text/normalize';
export { parseIso } from './text/calendar';
export type { Finding, Fix, Localized, Locale, Severity, Span, TextEdit, IsoDate } from './types';
export { isVietnamese, LANGUAGE_SAMPLE } from './detect';
export { inferYear, isoWithInferredYear, type DateRange } from './extract/dates';
export * from './features/index';
export { buildExportModel, PART_NAMES, type ExportModel, type ExportModelOptions, type MarkdownParser, type MdToken, type Run, type Block, type HeaderPart, type LayoutReason } from './export/model';
export { LAYOUTS, SOURCES, ELEMENTS, parseExportConfig, applyPatch, type Layout, type LayoutId, type TextStyle, type ExportConfig, type LayoutPatch } from './export/layouts';
