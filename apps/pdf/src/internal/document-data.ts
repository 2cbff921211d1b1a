import type { Module } from '@coursepack/core';
import { sheetData } from '../sheet-data.js';
import type { ModuleSheet, SheetVariant } from '../sheet-data.js';

/** Everything the template reads from `sys.inputs.data`. */
export interface DocumentData {
  variant: SheetVariant;
  paper: 'a4' | 'us-letter';
  title: string;
  booklet: { title: string } | null;
  modules: ModuleSheet[];
  /** Place page markers around each question (tests query them; they cost a layout pass). */
  markers: boolean;
}

/** The data of one printout; a booklet when `bookletTitle` is given. */
export function documentData(modules: readonly Module[], variant: SheetVariant, paper: 'a4' | 'letter' | undefined, bookletTitle: string | null, markers = false): DocumentData {
  return documentDataOfSheets(modules.map((m) => sheetData(m, variant)), variant, paper, bookletTitle, markers);
}

/** The data of one printout from sheets already made (e.g. cached per module). */
export function documentDataOfSheets(sheets: ModuleSheet[], variant: SheetVariant, paper: 'a4' | 'letter' | undefined, bookletTitle: string | null, markers = false): DocumentData {
  const label = variant === 'key' ? 'Instructor key' : 'Worksheet';
  return {
    variant,
    paper: paper === 'letter' ? 'us-letter' : 'a4',
    title: bookletTitle !== null ? `${bookletTitle} — ${label}s` : `${sheets[0]?.title ?? 'Module'} — ${label}`,
    booklet: bookletTitle !== null ? { title: bookletTitle } : null,
    modules: sheets,
    markers,
  };
}
