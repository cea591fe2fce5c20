import { z } from 'zod';

// The words of the change process, as the API spells them, and how the UI shows them.

export const CHANGE_STATES = [
  'DRAFT',
  'SUBMITTED',
  'INFO_REQUESTED',
  'IN_REVIEW',
  'AWAITING_CAB',
  'AWAITING_ECAB',
  'ESCALATED',
  'SCHEDULING',
  'SCHEDULE_CONFLICT',
  'READY_FOR_RELEASE',
  'IN_PIR',
  'CLOSED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type ChangeState = (typeof CHANGE_STATES)[number];
export const changeStateSchema = z.enum(CHANGE_STATES);

export const CHANGE_CLASSES = ['STANDARD', 'NORMAL', 'EMERGENCY'] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];
export const changeClassSchema = z.enum(CHANGE_CLASSES);

export const RISKS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type Risk = (typeof RISKS)[number];
export const riskSchema = z.enum(RISKS);

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const prioritySchema = z.enum(PRIORITIES);

export const CATEGORIES = [
  'APPLICATION',
  'INFRASTRUCTURE',
  'DATABASE',
  'NETWORK',
  'SECURITY',
  'OTHER',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATE_LABELS: Record<ChangeState, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  INFO_REQUESTED: 'Information requested',
  IN_REVIEW: 'In review',
  AWAITING_CAB: 'Awaiting CAB',
  AWAITING_ECAB: 'Awaiting ECAB',
  ESCALATED: 'Escalated',
  SCHEDULING: 'Scheduling',
  SCHEDULE_CONFLICT: 'Schedule conflict',
  READY_FOR_RELEASE: 'Ready for release',
  IN_PIR: 'In PIR',
  CLOSED: 'Closed',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
};

export const STATE_COLORS: Record<ChangeState, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  INFO_REQUESTED: 'yellow',
  IN_REVIEW: 'blue',
  AWAITING_CAB: 'violet',
  AWAITING_ECAB: 'grape',
  ESCALATED: 'orange',
  SCHEDULING: 'cyan',
  SCHEDULE_CONFLICT: 'orange',
  READY_FOR_RELEASE: 'teal',
  IN_PIR: 'indigo',
  CLOSED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'dark',
};

export const CLASS_LABELS: Record<ChangeClass, string> = {
  STANDARD: 'Standard',
  NORMAL: 'Normal',
  EMERGENCY: 'Emergency',
};

export const RISK_LABELS: Record<Risk, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' };

export const CATEGORY_LABELS: Record<Category, string> = {
  APPLICATION: 'Application',
  INFRASTRUCTURE: 'Infrastructure',
  DATABASE: 'Database',
  NETWORK: 'Network',
  SECURITY: 'Security',
  OTHER: 'Other',
};

/** Impact and urgency run from 1 (high) to 3 (low). */
export const LEVEL_LABELS: Record<number, string> = {
  1: '1 – High',
  2: '2 – Medium',
  3: '3 – Low',
};

/** The dates a period of the changes list can bound, as the API names them. */
export const CHANGE_DATES = ['SUBMITTED', 'PLANNED_START', 'IMPLEMENTED'] as const;
export type ChangeDate = (typeof CHANGE_DATES)[number];
export const DATE_LABELS: Record<ChangeDate, string> = {
  SUBMITTED: 'Submitted',
  PLANNED_START: 'Planned start',
  IMPLEMENTED: 'Implemented or closed',
};

/** The orders of the changes list; SUBMITTED (newest first) is the default. */
export const CHANGE_SORTS = [
  'SUBMITTED',
  'PLANNED_START',
  'PRIORITY',
  'IMPLEMENTED',
  'KEY',
] as const;
export type ChangeSort = (typeof CHANGE_SORTS)[number];
export const SORT_LABELS: Record<ChangeSort, string> = {
  SUBMITTED: 'Newest submitted first',
  PLANNED_START: 'Planned start, earliest first',
  PRIORITY: 'Priority, P1 first',
  IMPLEMENTED: 'Latest implemented first',
  KEY: 'Key, lowest first',
};
