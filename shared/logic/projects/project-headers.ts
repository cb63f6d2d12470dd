import type { ProjectColumn, ProjectField } from '../../domain/project';

/** The field a project-sheet header names (项目名称/项目, 项目类别/类别, 街镇/所属街镇, 是否完成/完成情况/进度…), or null. */
export function recognizeProjectHeader(header: string): ProjectField | null {
  void header;
  throw new Error('not implemented');
}

/** Maps one header row; of two columns claiming one field the leftmost keeps it. */
export function mapProjectHeaders(headers: readonly string[]): ProjectColumn[] {
  void headers;
  throw new Error('not implemented');
}

/** How well a row reads as a project header: 0 unless it names the project and one more field. */
export function projectHeaderScore(columns: readonly ProjectColumn[]): number {
  void columns;
  throw new Error('not implemented');
}
