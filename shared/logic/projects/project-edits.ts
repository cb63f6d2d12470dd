import type { Project, ProjectDraft, ProjectPatch, ProjectTerms } from '../../domain/project';

export interface EditContext {
  at: string;
  by: string;
  /** Beijing today, for a completion ticked without its own date. */
  today: string;
  newId: (prefix: string) => string;
}

/**
 * The terms made consistent: finished means progress 100 and stage at least 实施 done; progress 100
 * without a day finished stays unfinished (a figure counts only what has its date).
 */
export function normalizeTerms(terms: ProjectTerms): ProjectTerms {
  void terms;
  throw new Error('not implemented');
}

/** A new project in its batch, its history begun. */
export function newProject(
  draft: ProjectDraft,
  c: EditContext,
  kind: 'created' | 'imported',
  importId: string | null,
): Project {
  void draft;
  void c;
  void kind;
  void importId;
  throw new Error('not implemented');
}

/** The patch applied: one history entry per field changed (from → to), revision + 1; unchanged returns the same object. */
export function applyProjectPatch(project: Project, patch: ProjectPatch, c: EditContext): Project {
  void project;
  void patch;
  void c;
  throw new Error('not implemented');
}
