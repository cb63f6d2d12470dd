import type * as XLSX from '@e965/xlsx';
import type { ProjectSheetResult } from '../../shared/domain/project';

export interface ProjectSheetRead extends ProjectSheetResult {
  /** Every sheet name of the workbook, for the preview's sheet picker. */
  sheets: string[];
}

/**
 * Reads a project-list sheet as the opinion importer reads work orders: the header found below title
 * rows, 合计 and note rows passed over, header variants recognised, each refused row with its number.
 * Throws ImportRefused (a Chinese message) when no sheet has a project header, or the named sheet is
 * missing or empty.
 */
export function readProjectSheet(workbook: XLSX.WorkBook, wanted?: string): ProjectSheetRead {
  void workbook;
  void wanted;
  throw new Error('not implemented');
}

/** The bytes of a file as a project sheet: sniffed, size- and zip-checked, then read. */
export function readProjectFile(bytes: Uint8Array, wanted?: string): ProjectSheetRead {
  void bytes;
  void wanted;
  throw new Error('not implemented');
}
