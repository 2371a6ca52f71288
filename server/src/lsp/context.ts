// The types every LSP feature sees: the server's shared state (ServerContext) and the shape of a
// feature (Feature). They live apart from server.ts so that features/ never imports the file that
// imports them.

import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, CorpusIndex, ResolvedOptions, Span } from '../core/index';
import type { CorpusStatus, Settings } from '../protocol';

/**
 * An analysis to answer a request at one offset without waiting: the current version's when it
 * is ready, else the last one when the offset lies outside what changed since (offsets mapped).
 */
export interface NearAnalysis {
  analysis: Analysis;
  /** The request's offset in the analysed text. */
  offset: number;
  /** A span of the analysed text on the current document, or null when it touches the edit. */
  toDocument(span: Span): Span | null;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The analysis of a document at its current version, computed once and shared. */
  analysis(doc: TextDocument): Analysis | null;
  /** For hover and the like: an analysis that needs no new run when the offset is away from the edit. */
  analysisNear(doc: TextDocument, offset: number): NearAnalysis | null;
  /** Whether a document is Vietnamese (core/detect.ts), judged again only when its first characters change. */
  vietnamese(doc: TextDocument): boolean;
  /** How long the last analysis of a document took (ms), for the push debounce. */
  analysisMillis(uri: string): number;
  index(): CorpusIndex;
  options(): ResolvedOptions;
  settings(): Settings;
  corpusStatus(): CorpusStatus;
  /** Ask every client to refresh diagnostics (pull) or push them again. */
  refreshDiagnostics(): void;
  capabilities: {
    pullDiagnostics: boolean;
    configuration: boolean;
    watchedFiles: boolean;
    diagnosticRefresh: boolean;
    markdownHover: boolean;
    /** The client takes snippet completion items (Neovim 0.7 without a plugin does not). */
    completionSnippets: boolean;
    /** The client shows a diagnostic's related locations; otherwise the message names their lines. */
    relatedInformation: boolean;
  };
  workspaceFolders: string[];
  /** Where the bundled corpus lives (for go-to-definition into it). */
  bundledDir: string;
  onIndexChanged: (listener: () => void) => void;
  /** Resolves once the first corpus load is done; requests that need the corpus wait on it. */
  ready: Promise<void>;
}

export interface Feature {
  capabilities?(ctx: ServerContext): Partial<ServerCapabilities>;
  register(ctx: ServerContext): void;
}

