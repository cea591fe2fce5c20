/**
 * What each KPI means, in the words of the API's definitions (api/openapi.json, KpiFigures),
 * shortened for people. Months are calendar months in UTC.
 */
export const KPI_DEFINITIONS = [
  {
    name: 'Change success rate',
    meaning:
      'Of the changes implemented in the period (their release rolled out or was backed out, or the change manager marked them), the share that was neither backed out nor reviewed as failed.',
  },
  {
    name: 'Backout rate',
    meaning:
      'Of the changes implemented in the period, the share that was backed out: by its release, by the change manager, or as its review says.',
  },
  {
    name: 'Changes by class',
    meaning:
      'Changes submitted in the period by the class the classification gave them: standard (pre-approved), normal (CAB) and emergency (ECAB).',
  },
  {
    name: 'Emergency share',
    meaning: 'Emergency changes as a share of all classified changes submitted in the period.',
  },
  {
    name: 'Lead time to implementation',
    meaning:
      'Time from submitting a change to its implementation, for the changes implemented in the period: the median (p50) and the time 9 in 10 changes stay under (p90).',
  },
  {
    name: 'CAB approval time',
    meaning:
      "Time from the start of a change's CAB vote to its decision (approved, vetoed or rejected, or escalated at the deadline), p50 and p90, for votes decided in the period.",
  },
  {
    name: 'Deployment frequency',
    meaning:
      'Releases whose rollout ended in the period, every wave deployed or backed out (DORA). Shown per month.',
  },
  {
    name: 'Lead time for changes',
    meaning:
      'Median time from submitting a change to the moment its release finished rolling out (DORA), for releases that finished in the period.',
  },
  {
    name: 'Change failure rate',
    meaning:
      'Of the releases rolled out in the period, the share that was backed out or for which the process recorded an incident on the release or its changes after the rollout started (DORA).',
  },
  {
    name: 'Time to restore',
    meaning:
      "Median time from the start of a release's back-out to the earlier of the back-out finishing and the next release that finished rolling out to any of the same configuration items (DORA). Counted in the month the back-out started.",
  },
] as const;
