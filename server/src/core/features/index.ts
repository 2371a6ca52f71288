// The drafting aids' public face: completion, hover, lookup, outline and references. Pure: core
// types in, plain objects out; the LSP adapter (server/src/lsp/features) turns them into LSP.

export { complete, completionDocumentation, dateLine, type CompletionEntry, type CompletionKind, type CompletionList, type CompletionOptions, type CompletionRef } from './completion';
export { contextOf, documentContext, type DocumentContext } from './context';
export { hoverAt, type HoverInfo } from './hover';
export { lookup, type LookupHit, type LookupOptions } from './lookup';
export { outline, foldingSpans, type OutlineNode } from './outline';
export { resolvedCitations, mayCite, type ResolvedCitation } from './references';
export { citationText, statusLine, directiveCard } from './describe';
export { searchIndexOf, stepSearchIndex, type SearchIndex } from '../corpus/search';
export { newReport, findDirective, reviewYears, REPORT_KINDS, type NewReport, type NewReportRequest, type ReportKind } from './new-report';
